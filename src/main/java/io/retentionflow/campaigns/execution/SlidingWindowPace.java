package io.retentionflow.campaigns.execution;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The pacing rule, free of storage: at most {@code budget} contacts in any window of length
 * {@code window} = one minute + margin, over reservation instants that never go back in time.
 *
 * <p>Why it holds: reservations are made in time order, so the only windows a new reservation at
 * {@code t} can overfill are those that contain {@code t}, and the fullest of them is (t − window, t].
 * The earliest {@code t} is therefore the first instant, not before now nor before the latest
 * reservation, at which the reservations still inside (t − window, t] leave room for this one: walking
 * back from the newest, the reservation at which the running sum first overflows must have left the
 * window, so t ≥ its instant + window.
 *
 * <p>Why the margin: Bronto counts a call when it arrives, somewhere in [t, t + margin] if the caller
 * sends it on time. Every call Bronto counts in its minute (a − 60 s, a] was reserved in
 * (a − 60 s − margin, a], a window of length 60 s + margin, which this rule keeps within budget.
 * With plentiful work the rate is budget per (60 s + margin): 98.4% of the pace with a 1 s margin.
 */
final class SlidingWindowPace {

    /** A batch's reserved instant and size. */
    record Reservation(Instant at, int contacts) {}

    private final int budget;
    private final Duration window;

    SlidingWindowPace(int budget, Duration minuteAndMargin) {
        this.budget = budget;
        this.window = minuteAndMargin;
    }

    Duration window() {
        return window;
    }

    /**
     * @param recent the reservations after {@code now − window}, newest first (older ones cannot matter)
     * @return the earliest instant at which {@code contacts} more stay within the budget
     */
    Instant next(Instant now, List<Reservation> recent, int contacts) {
        if (contacts <= 0 || contacts > budget) {
            throw new IllegalArgumentException("a batch of " + contacts + " contacts with a budget of " + budget);
        }
        Instant earliest = recent.isEmpty() || now.isAfter(recent.get(0).at()) ? now : recent.get(0).at();
        long sum = contacts;
        for (Reservation reservation : recent) {
            sum += reservation.contacts();
            if (sum > budget) {
                Instant leaves = reservation.at().plus(window);
                return leaves.isAfter(earliest) ? leaves : earliest;
            }
        }
        return earliest;
    }
}
