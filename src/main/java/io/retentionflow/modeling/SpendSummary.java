package io.retentionflow.modeling;

/**
 * What the Gamma-Gamma model needs of a customer: the number of repeat transactions x and their
 * mean value m_x. The first purchase is left out, as in the published CDNOW analysis, because it
 * is often atypical (a welcome offer, a first big basket).
 *
 * @param x         repeat transactions, &ge; 1 for fitting
 * @param meanValue mean value of those repeat transactions, &gt; 0
 */
public record SpendSummary(double x, double meanValue) {

    public SpendSummary {
        if (!(x >= 1) || x != Math.rint(x)) {
            throw new IllegalArgumentException("x must be a whole number >= 1, got " + x);
        }
        Positive.require("meanValue", meanValue);
    }
}
