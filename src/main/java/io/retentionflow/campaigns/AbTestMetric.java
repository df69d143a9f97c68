package io.retentionflow.campaigns;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What decides an A/B test's winner: the rate compared between the variants, unique opens ÷ deliveries
 * or unique clicks ÷ deliveries.
 */
public enum AbTestMetric {
    OPENS,
    CLICKS;

    /** As the database, the API and the form have it: {@code opens}, {@code clicks}. */
    @JsonValue
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but a stored name */
    public static AbTestMetric fromStored(String stored) {
        for (AbTestMetric metric : values()) {
            if (metric.stored().equals(stored)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("no A/B test metric '" + stored + "'");
    }
}
