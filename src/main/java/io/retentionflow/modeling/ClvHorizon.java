package io.retentionflow.modeling;

/**
 * How far ahead lifetime value looks and how future money is discounted.
 *
 * @param periods               number of discounting periods, e.g. 12 months
 * @param periodLength          one period in the model's time unit, e.g. 365.25/12/7 ≈ 4.348 weeks
 * @param discountRatePerPeriod e.g. 0.01 for 1% a month; 0 for undiscounted value
 */
public record ClvHorizon(int periods, double periodLength, double discountRatePerPeriod) {

    public ClvHorizon {
        if (periods < 1) {
            throw new IllegalArgumentException("need at least one period, got " + periods);
        }
        Positive.require("periodLength", periodLength);
        if (!(discountRatePerPeriod >= 0) || Double.isInfinite(discountRatePerPeriod)) {
            throw new IllegalArgumentException("discount rate must be >= 0, got " + discountRatePerPeriod);
        }
    }

    /** Months of 365.25/12 days for a model whose time unit is {@code daysPerUnit} days. */
    public static ClvHorizon months(int months, double daysPerUnit, double monthlyDiscountRate) {
        return new ClvHorizon(months, 365.25 / 12 / daysPerUnit, monthlyDiscountRate);
    }
}
