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
