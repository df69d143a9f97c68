package io.retentionflow.bronto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** Bronto's health from the last call, with at most one background check a minute and never a login per probe. */
class BrontoHealthIndicatorTest {

    private final MovableClock clock = new MovableClock();
    private final BrontoCalls calls = new BrontoCalls(new SimpleMeterRegistry(), clock);
    private final BrontoGateway bronto = mock(BrontoGateway.class);
    /** Checks run on the probe's thread here, so each test sees their effect at once. */
    private final BrontoHealthIndicator indicator = new BrontoHealthIndicator(bronto, calls, clock, Runnable::run);

    @Test
    void unknownBeforeAnyCallThenWhatTheOneCheckFound() {
        when(bronto.findList(BrontoHealthIndicator.CHECK_LIST_NAME))
                .thenAnswer(call -> calls.measure("readLists", Optional::empty));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);
        Health checked = indicator.health();

        assertThat(checked.getStatus()).isEqualTo(Status.UP);
        assertThat(checked.getDetails()).containsEntry("operation", "readLists").containsEntry("outcome", "success");
        verify(bronto, times(1)).findList(BrontoHealthIndicator.CHECK_LIST_NAME);
    }

    @Test
    void aCallOfTheLastMinuteIsReportedWithoutCallingBronto() {
        calls.measure("addToList", () -> "added");

        for (int probe = 0; probe < 10; probe++) {
            clock.advance(Duration.ofSeconds(5));
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        }
        verify(bronto, never()).findList(BrontoHealthIndicator.CHECK_LIST_NAME);
        verify(bronto, never()).verifyLogin();
    }

    @Test
    void brontoOutOfReachOrRefusingTheTokenIsUnavailableNotDown() {
        assertThat(after(() -> {
            throw new BrontoUnavailableException(0, "Bronto answered addToList with 503", null);
        })).satisfies(health -> {
            assertThat(health.getStatus()).isEqualTo(BrontoHealthIndicator.UNAVAILABLE).isNotEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("outcome", "unavailable").doesNotContainKey("code");
        });
        assertThat(after(() -> {
            throw new BrontoAuthenticationException(102, "Bronto refused login: invalid token", null);
        })).satisfies(health -> {
            assertThat(health.getStatus()).isEqualTo(BrontoHealthIndicator.UNAVAILABLE);
            assertThat(health.getDetails()).containsEntry("outcome", "authentication").containsEntry("code", 102);
        });
    }

    @Test
    void aRefusalOrAnExpiredSessionIsAnAnswerSoBrontoIsUp() {
        assertThat(after(() -> {
            throw new BrontoRejectedException(206, "Bronto refused addDeliveries: list not found");
        }).getStatus()).isEqualTo(Status.UP);
        assertThat(after(() -> {
            throw new BrontoAuthenticationException(103, "Bronto refused readLists: session expired", null);
        }).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void checksAtMostOnceAMinuteEvenWhenTheyFailBeforeReachingBronto() {
        when(bronto.findList(BrontoHealthIndicator.CHECK_LIST_NAME))
                .thenThrow(new BrontoUnavailableException(0, "the client could not be built", null));

        for (int probe = 0; probe < 10; probe++) {
            clock.advance(Duration.ofSeconds(5));
            indicator.health();
        }
        verify(bronto, times(1)).findList(BrontoHealthIndicator.CHECK_LIST_NAME);

        clock.advance(Duration.ofSeconds(15));
        indicator.health();
        verify(bronto, times(2)).findList(BrontoHealthIndicator.CHECK_LIST_NAME);
    }

    private Health after(Supplier<Object> call) {
        try {
            calls.measure("addToList", call);
        } catch (BrontoException expected) {
            // the outcome is what the indicator reports
        }
        return indicator.health();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-30T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
