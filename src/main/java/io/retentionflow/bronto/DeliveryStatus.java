package io.retentionflow.bronto;

import java.util.Locale;

/** Bronto's delivery status; there is no "paused". */
public enum DeliveryStatus {
    UNSENT, SENDING, SENT, ARCHIVED, SKIPPED, TMP;

    public static DeliveryStatus fromBronto(String status) {
        return valueOf(status.toUpperCase(Locale.ROOT));
    }

    public String toBronto() {
        return name().toLowerCase(Locale.ROOT);
    }
}
