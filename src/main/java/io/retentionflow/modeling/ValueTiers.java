package io.retentionflow.modeling;

import java.util.Arrays;

/**
 * Splits customers into value tiers by CLV: below {@code mediumFrom} is LOW, from {@code highFrom}
 * on is HIGH. Fixed thresholds suit a business that knows what a valuable customer is worth;
 * {@link #tertiles(double[])} derives them from the base so each tier holds about a third.
 */
public record ValueTiers(double mediumFrom, double highFrom) {

    public ValueTiers {
        if (!(mediumFrom <= highFrom)) {
            throw new IllegalArgumentException("need mediumFrom <= highFrom, got " + mediumFrom + " > " + highFrom);
        }
    }

    /**
     * Thresholds at the values ranked n/3 and 2n/3 (0-based, rounded down) in ascending order, so ties at
     * a cut all land in the upper tier and the split is independent of input order.
     */
    public static ValueTiers tertiles(double[] lifetimeValues) {
        if (lifetimeValues.length == 0) {
            throw new IllegalArgumentException("no values to split");
        }
        double[] sorted = lifetimeValues.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return new ValueTiers(sorted[n / 3], sorted[2 * n / 3]);
    }

    public ValueTier tierOf(double lifetimeValue) {
        if (lifetimeValue >= highFrom) {
            return ValueTier.HIGH;
        }
        return lifetimeValue >= mediumFrom ? ValueTier.MEDIUM : ValueTier.LOW;
    }
}
