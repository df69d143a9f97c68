package io.retentionflow.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Welch's t-test of two means with unequal variances, from each sample's moments. Spend per customer is
 * skewed (most spend nothing, a few a lot), but the test is on the mean, and with the hundreds or thousands
 * of customers of a campaign group the mean is close to normal; Welch does not assume the two groups vary
 * alike, which a mailed and a held-out group need not. Degrees of freedom by Welch–Satterthwaite.
 */
public final class WelchTest {

    private final double significanceLevel;

    public WelchTest(double significanceLevel) {
        if (!(significanceLevel > 0 && significanceLevel < 0.5)) {
            throw new IllegalArgumentException("a significance level lies between 0 and 0.5, not " + significanceLevel);
        }
        this.significanceLevel = significanceLevel;
    }

    public Comparison compare(SampleMoments first, SampleMoments second) {
        double mean1 = first.mean();
        double mean2 = second.mean();
        double confidence = 1 - significanceLevel;
        if (first.count() < 2 || second.count() < 2) {
            return new Comparison(mean1, mean2, mean1 - mean2, Double.NaN, Double.NaN, Double.NaN, confidence);
        }
        double difference = mean1 - mean2;
        double share1 = first.variance() / first.count();
        double share2 = second.variance() / second.count();
        double standardError = Math.sqrt(share1 + share2);
        if (standardError == 0) {
            // every value alike in both groups: the difference is exact
            return new Comparison(mean1, mean2, difference, difference, difference, difference == 0 ? 1 : 0,
                    confidence);
        }
        double degreesOfFreedom = (share1 + share2) * (share1 + share2)
                / (share1 * share1 / (first.count() - 1) + share2 * share2 / (second.count() - 1));
        TDistribution t = new TDistribution(null, degreesOfFreedom);
        double margin = t.inverseCumulativeProbability(1 - significanceLevel / 2) * standardError;
        double pValue = 2 * t.cumulativeProbability(-Math.abs(difference / standardError));
        return new Comparison(mean1, mean2, difference, difference - margin, difference + margin, pValue, confidence);
    }
}
