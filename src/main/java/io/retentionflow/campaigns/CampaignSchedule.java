package io.retentionflow.campaigns;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The dates a campaign sends on, in its own time zone: one date ({@code start == end}), or every
 * date of a range whose weekday is chosen (no weekdays chosen = every day).
 */
public record CampaignSchedule(LocalDate start, LocalDate end, Set<DayOfWeek> weekdays) {

    public CampaignSchedule {
        weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
    }

    public boolean includes(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end)
                && (weekdays.isEmpty() || weekdays.contains(date.getDayOfWeek()));
    }

    /** Whether any date of the schedule is a send date; a range of Mondays asked to send on Fridays never is. */
    public boolean hasAnyDate() {
        for (LocalDate date = start; !date.isAfter(end) && date.isBefore(start.plusDays(7)); date = date.plusDays(1)) {
            if (includes(date)) {
                return true;
            }
        }
        return false;
    }
}
