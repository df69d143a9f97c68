package io.retentionflow.analysis;

import java.util.OptionalLong;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The two-proportion z-test: is the share of successes in one group different from the other's? The
 * p-value uses the pooled proportion (the null hypothesis says the groups share one), the confidence
 * interval of the difference the unpooled standard error (it describes the difference as observed).
 * Both are the large-sample normal approximations; campaign groups run to thousands.
 */
public final class ProportionTest {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private final double significanceLevel;

    public ProportionTest(double significanceLevel) {
        if (!(significanceLevel > 0 && significanceLevel < 0.5)) {
            throw new IllegalArgumentException("a significance level lies between 0 and 0.5, not " + significanceLevel);
        }
        this.significanceLevel = significanceLevel;
    }

    public Comparison compare(long successes1, long n1, long successes2, long n2) {
        if (successes1 < 0 || successes2 < 0 || successes1 > n1 || successes2 > n2) {
            throw new IllegalArgumentException("successes must lie between 0 and the group's size: "
                    + successes1 + "/" + n1 + ", " + successes2 + "/" + n2);
        }
        double p1 = n1 == 0 ? Double.NaN : (double) successes1 / n1;
        double p2 = n2 == 0 ? Double.NaN : (double) successes2 / n2;
        if (n1 == 0 || n2 == 0) {
            return new Comparison(p1, p2, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1 - significanceLevel);
        }
        double difference = p1 - p2;
        double margin = criticalValue() * Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        double pooled = (double) (successes1 + successes2) / (n1 + n2);
        double nullStandardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        // both groups all successes or all failures: nothing varies, so nothing speaks against "no difference"
        double pValue = nullStandardError == 0 ? 1 : twoSided(difference / nullStandardError);
        return new Comparison(p1, p2, difference, difference - margin, difference + margin, pValue,
                1 - significanceLevel);
    }

    /**
     * The size each group would need for this test to detect the difference between {@code p1} and {@code p2}
     * with probability {@code power} (Fleiss's formula, without continuity correction); empty when the two are
     * equal, as no sample size detects a difference of nothing.
     */
    public OptionalLong sampleSizePerGroup(double p1, double p2, double power) {
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power lies between 0 and 1, not " + power);
        }
        if (Double.isNaN(p1) || Double.isNaN(p2) || p1 == p2) {
            return OptionalLong.empty();
        }
        double mean = (p1 + p2) / 2;
        double numerator = criticalValue() * Math.sqrt(2 * mean * (1 - mean))
                + STANDARD_NORMAL.inverseCumulativeProbability(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return OptionalLong.of((long) Math.ceil(numerator * numerator / ((p1 - p2) * (p1 - p2))));
    }

    private double criticalValue() {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - significanceLevel / 2);
    }

    private static double twoSided(double z) {
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }
}
