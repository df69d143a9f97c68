package io.retentionflow.campaigns.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retentionflow.campaigns.execution.SlidingWindowPace.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pacing rule on a simulated clock: workers with plenty of batches reserve, wait until their instant, and
 * send; each call reaches "Bronto" up to the margin late. Bronto's own check, at most the budget in the minute
 * ending at each arrival, must never fail, and the rate must stay close to the budget.
 */
class SlidingWindowPaceTest {

    private static final int BUDGET = 50_000;
    private static final Duration MARGIN = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private record Sent(Instant reservedAt, Instant arrivedAt, int contacts) {}

    private record Worker(int id, Instant readyAt) {}

    @Test
    void noMinuteAsBrontoCountsItExceedsTheBudgetAndTheRateStaysAbove95PercentWithFullBatches() {
        List<Sent> sent = simulate(new Random(7), 12, 3_000, true);

        assertNoMinuteOverBudget(sent);
        assertThat(ratePerMinute(sent)).isGreaterThanOrEqualTo(0.95 * BUDGET);
    }

    @Test
    void batchesOfRandomSizesFromManyWorkersWithJitterNeverOverfillAMinute() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Sent> sent = simulate(new Random(seed), 3 + (int) seed, 1_500, false);

            assertNoMinuteOverBudget(sent);
            assertThat(ratePerMinute(sent)).as("seed %d", seed).isGreaterThanOrEqualTo(0.95 * BUDGET);
        }
    }

    @Test
    void aQuietAccountSendsAtOnceAndABatchOverTheBudgetIsRefused() {
        SlidingWindowPace pace = new SlidingWindowPace(BUDGET, MINUTE.plus(MARGIN));
        Instant now = Instant.parse("2025-06-05T07:00:00Z");

        assertThat(pace.next(now, List.of(new Reservation(now.minusSeconds(30), 45_000)), 5_000)).isEqualTo(now);
        assertThat(pace.next(now, List.of(new Reservation(now.minusSeconds(30), 45_001)), 5_000))
                .isEqualTo(now.plusSeconds(31));
        assertThatThrownBy(() -> pace.next(now, List.of(), BUDGET + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Workers pick up work whenever they are free (plus a little scheduling noise), reserve, wait on their
     * "timer" and send; the store keeps reservations newest first, as the database query returns them.
     */
    private static List<Sent> simulate(Random random, int workers, int batches, boolean fullBatches) {
        SlidingWindowPace pace = new SlidingWindowPace(BUDGET, MINUTE.plus(MARGIN));
        Instant start = Instant.parse("2025-06-05T07:00:00Z");
        PriorityQueue<Worker> ready = new PriorityQueue<>(Comparator.comparing(Worker::readyAt).thenComparing(Worker::id));
        for (int w = 0; w < workers; w++) {
            ready.add(new Worker(w, start.plusMillis(random.nextInt(500))));
        }
        List<Reservation> reservations = new ArrayList<>();
        List<Sent> sent = new ArrayList<>();
        for (int batch = 0; batch < batches; batch++) {
            Worker worker = ready.poll();
            Instant now = worker.readyAt();
            int contacts = fullBatches ? 5_000 : 1 + random.nextInt(5_000);
            Instant windowStart = now.minus(pace.window());
            List<Reservation> recent = reservations.stream().filter(r -> r.at().isAfter(windowStart))
                    .sorted(Comparator.comparing(Reservation::at).reversed()).toList();
            Instant at = pace.next(now, recent, contacts);
            assertThat(at).isAfterOrEqualTo(now);
            reservations.add(new Reservation(at, contacts));
            Instant arrived = at.plusNanos((long) (random.nextDouble() * MARGIN.toNanos()));
            sent.add(new Sent(at, arrived, contacts));
            ready.add(new Worker(worker.id(), at.plusMillis(random.nextInt(200))));
        }
        return sent;
    }

    /** Bronto's check at every arrival: the contacts that arrived in the minute ending then, this call included. */
    private static void assertNoMinuteOverBudget(List<Sent> sent) {
        for (Sent call : sent) {
            Instant from = call.arrivedAt().minus(MINUTE);
            long inMinute = sent.stream()
                    .filter(other -> other.arrivedAt().isAfter(from) && !other.arrivedAt().isAfter(call.arrivedAt()))
                    .mapToLong(Sent::contacts).sum();
            assertThat(inMinute).as("contacts in the minute up to %s", call.arrivedAt()).isLessThanOrEqualTo(BUDGET);
        }
    }

    /** Over the whole run, leaving out the last minute's reservations, which the run ends before they are paced. */
    private static double ratePerMinute(List<Sent> sent) {
        Instant first = sent.stream().map(Sent::reservedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = sent.stream().map(Sent::reservedAt).max(Comparator.naturalOrder()).orElseThrow();
        Instant end = last.minus(MINUTE);
        long contacts = sent.stream().filter(s -> s.reservedAt().isBefore(end)).mapToLong(Sent::contacts).sum();
        return contacts * 60_000.0 / Duration.between(first, end).toMillis();
    }
}
