package io.retentionflow.bronto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BrontoSessionPoolTest {

    private final MutableClock clock = new MutableClock();
    private final BrontoSessionPool pool = new BrontoSessionPool(clock);
    private final AtomicInteger logins = new AtomicInteger();
    private final Supplier<String> login = () -> "session-" + logins.incrementAndGet();

    @Test
    void aSessionGivenBackIsReused() {
        String first = pool.borrow(login);
        pool.giveBack(first);

        assertThat(pool.borrow(login)).isEqualTo(first);
        assertThat(logins).hasValue(1);
    }

    @Test
    void twoCallersAtOnceNeverShareASession() {
        String one = pool.borrow(login);
        String two = pool.borrow(login);

        assertThat(one).isNotEqualTo(two);
        assertThat(logins).hasValue(2);
    }

    @Test
    void concurrentCallersEachHoldTheirOwnSession() throws Exception {
        int callers = 16;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(callers);
        java.util.Set<String> held = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < callers; i++) {
                done.add(threads.submit(() -> {
                    String session = pool.borrow(login);
                    assertThat(held.add(session)).as("session %s borrowed twice at once", session).isTrue();
                    together.await();
                    held.remove(session);
                    pool.giveBack(session);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> call : done) {
                call.get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(logins).hasValue(callers);
        assertThat(pool.idleSessions()).isEqualTo(callers);
    }

    @Test
    void aSessionIdleLongerThanBrontoKeepsItIsDroppedNotUsed() {
        pool.giveBack(pool.borrow(login));
        clock.advance(BrontoSessionPool.MAX_IDLE.plusSeconds(1));

        assertThat(pool.borrow(login)).isEqualTo("session-2");
        assertThat(pool.idleSessions()).isZero();
    }

    @Test
    void aSessionUsedJustBeforeTheLimitIsStillUsed() {
        pool.giveBack(pool.borrow(login));
        clock.advance(BrontoSessionPool.MAX_IDLE.minusSeconds(1));

        assertThat(pool.borrow(login)).isEqualTo("session-1");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
