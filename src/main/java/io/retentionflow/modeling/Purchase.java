package io.retentionflow.modeling;

import java.time.LocalDate;

/** One order line as the models see it: who, which day, how much. */
public record Purchase(String customerId, LocalDate date, double value) {

    public Purchase {
        if (customerId == null || date == null) {
            throw new IllegalArgumentException("customerId and date are required");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, got " + value);
        }
    }
}
