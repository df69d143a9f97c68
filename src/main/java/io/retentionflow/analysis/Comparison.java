package io.retentionflow.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Group one against group two: both estimates, their difference with a confidence interval at
 * {@code confidenceLevel}, and the two-sided p-value of "no difference". A comparison without enough data
 * (an empty group, no variation to test) has NaN where a number cannot be honest, and is never significant.
 */
public record Comparison(double first, double second, double difference, double lower, double upper, double pValue,
        double confidenceLevel) {

    @JsonProperty("significant")
    public boolean significant() {
        return pValue < 1 - confidenceLevel;
    }

    public boolean defined() {
        return !Double.isNaN(difference) && !Double.isNaN(pValue);
    }

    /** The comparison of a quantity proportional to this one: revenue = revenue per customer × customers. */
    public Comparison scaledBy(double factor) {
        return new Comparison(first * factor, second * factor, difference * factor, lower * factor, upper * factor,
                pValue, confidenceLevel);
    }
}
