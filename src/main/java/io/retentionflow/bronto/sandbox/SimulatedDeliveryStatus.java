package io.retentionflow.bronto.sandbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * A delivery's status, derived from the sandbox clock rather than stored: unsent until its start, sending for
 * {@link #SENDING_TIME}, then sent; skipped once cancelled.
 */
enum SimulatedDeliveryStatus {
    UNSENT, SENDING, SENT, SKIPPED;

    static final Duration SENDING_TIME = Duration.ofMinutes(10);

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SimulatedDeliveryStatus of(DeliveryStore.Delivery delivery, OffsetDateTime now) {
        if (delivery.cancelled()) {
            return SKIPPED;
        }
        if (now.isBefore(delivery.startAt())) {
            return UNSENT;
        }
        return now.isBefore(delivery.startAt().plus(SENDING_TIME)) ? SENDING : SENT;
    }

    /** The same rule as {@link #of} in SQL over {@code d}, for filtering by status; parameters named sNow, sSentBy. */
    String sqlCondition() {
        return switch (this) {
            case UNSENT -> "d.cancelled = false and d.start_at > :sNow";
            case SENDING -> "d.cancelled = false and d.start_at <= :sNow and d.start_at > :sSentBy";
            case SENT -> "d.cancelled = false and d.start_at <= :sSentBy";
            case SKIPPED -> "d.cancelled = true";
        };
    }

    static Map<String, Object> sqlParams(OffsetDateTime now) {
        return Map.of("sNow", now, "sSentBy", now.minus(SENDING_TIME));
    }
}
