package io.retentionflow.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which dates a plan is due on, and when it sends: the rules the nightly run relies on. */
class CampaignDueTest {

    private static CampaignPlan plan(LocalDate start, LocalDate end, Set<DayOfWeek> weekdays, boolean active,
            String sendTime, String zone) {
        return new CampaignPlan(1, "plan", 1, "group", "m1", "Winback", null, null, null, null,
                LocalTime.parse(sendTime), zone, new CampaignSchedule(start, end, weekdays), 10, null, null, null, active,
                null, null);
    }

    @Test
    void aOneDateCampaignIsDueOnThatDateOnly() {
        LocalDate date = LocalDate.of(2025, 7, 4);
        CampaignPlan plan = plan(date, date, Set.of(), true, "09:00", "UTC");
        assertThat(plan.isDueOn(date)).isTrue();
        assertThat(plan.isDueOn(date.minusDays(1))).isFalse();
        assertThat(plan.isDueOn(date.plusDays(1))).isFalse();
    }

    @Test
    void aRangeWithWeekdaysIsDueOnThoseWeekdaysInsideTheRange() {
        // 2025-06-02 is a Monday; the range runs two weeks
        CampaignPlan plan = plan(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 15),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), true, "09:00", "UTC");
        assertThat(LocalDate.of(2025, 6, 1).datesUntil(LocalDate.of(2025, 6, 17)).filter(plan::isDueOn))
                .containsExactly(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 9),
                        LocalDate.of(2025, 6, 12));
    }

    @Test
    void aRangeWithoutWeekdaysIsDueEveryDay() {
        CampaignPlan plan = plan(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 4), Set.of(), true, "09:00", "UTC");
        assertThat(LocalDate.of(2025, 6, 1).datesUntil(LocalDate.of(2025, 6, 6)).filter(plan::isDueOn)).hasSize(3);
    }

    @Test
    void aPausedCampaignIsNeverDue() {
        LocalDate date = LocalDate.of(2025, 7, 4);
        assertThat(plan(date, date, Set.of(), false, "09:00", "UTC").isDueOn(date)).isFalse();
    }

    @Test
    void theSendTimeIsWallClockTimeInTheCampaignsZone() {
        LocalDate date = LocalDate.of(2025, 1, 15);
        assertThat(plan(date, date, Set.of(), true, "09:00", "Europe/Berlin").sendAt(date))
                .isEqualTo(OffsetDateTime.parse("2025-01-15T09:00+01:00"));
        assertThat(plan(date, date, Set.of(), true, "09:00", "America/Los_Angeles").sendAt(date).toInstant())
                .isEqualTo(OffsetDateTime.parse("2025-01-15T17:00Z").toInstant());
        LocalDate summer = LocalDate.of(2025, 7, 15);
        assertThat(plan(summer, summer, Set.of(), true, "09:00", "Europe/Berlin").sendAt(summer))
                .isEqualTo(OffsetDateTime.parse("2025-07-15T09:00+02:00"));
    }

    @Test
    void aSendTimeInTheSpringForwardGapMovesPastIt() {
        LocalDate changeover = LocalDate.of(2025, 3, 30); // 02:00 → 03:00 in Berlin
        assertThat(plan(changeover, changeover, Set.of(), true, "02:30", "Europe/Berlin").sendAt(changeover))
                .isEqualTo(OffsetDateTime.parse("2025-03-30T03:30+02:00"));
    }
}
