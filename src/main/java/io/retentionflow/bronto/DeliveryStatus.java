package io.retentionflow.bronto;

import java.util.Locale;

/** Bronto's delivery status; there is no "paused". */
public enum DeliveryStatus {
    UNSENT, SENDING, SENT, ARCHIVED, SKIPPED, TMP;

    /** @throws IllegalArgumentException for a status the contract does not know */
    public static DeliveryStatus fromBronto(String status) {
        if (status == null) {
            throw new IllegalArgumentException("a delivery without a status");
        }
        return valueOf(status.toUpperCase(Locale.ROOT));
    }

    public String toBronto() {
        return name().toLowerCase(Locale.ROOT);
    }
}
