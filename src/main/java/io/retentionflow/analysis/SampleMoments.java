package io.retentionflow.analysis;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Size, sum and sum of squares of a sample: enough for its mean and variance, and small enough for the
 * database to compute over a million recipients without a row coming into memory. The sums are exact
 * decimals (the database sums {@code numeric} amounts exactly), so the variance does not suffer the
 * cancellation that {@code Σx² − (Σx)²/n} has in doubles.
 */
public record SampleMoments(long count, BigDecimal sum, BigDecimal sumOfSquares) {

    public SampleMoments {
        if (count < 0) {
            throw new IllegalArgumentException("a sample cannot have " + count + " values");
        }
    }

    public static final SampleMoments EMPTY = new SampleMoments(0, BigDecimal.ZERO, BigDecimal.ZERO);

    /** The moments of the two samples taken as one. */
    public SampleMoments plus(SampleMoments other) {
        return new SampleMoments(count + other.count, sum.add(other.sum), sumOfSquares.add(other.sumOfSquares));
    }

    public double mean() {
        return count == 0 ? Double.NaN : sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).doubleValue();
    }

    /** The unbiased sample variance; undefined (NaN) below two values. */
    public double variance() {
        if (count < 2) {
            return Double.NaN;
        }
        BigDecimal n = BigDecimal.valueOf(count);
        BigDecimal squaredDeviations = sumOfSquares.subtract(sum.multiply(sum).divide(n, MathContext.DECIMAL128));
        return squaredDeviations.divide(n.subtract(BigDecimal.ONE), MathContext.DECIMAL64).doubleValue();
    }
}
