package io.retentionflow.modeling;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z), summed as its power series.
 *
 * <p>The BG/NBD expectations only ever need it for real 0 &le; z &lt; 1 and c &gt; 0, where the
 * series converges absolutely. The sum is stopped when a term no longer changes the total in
 * double precision; near z = 1 that can take many terms, so callers should prefer the Euler
 * transform (see {@link BgNbdModel}) that makes the series converge even at z = 1.
 */
public final class Hypergeometric {

    /** Enough for z = 0.9999 with parameters of order ten; beyond that the caller is misusing it. */
    static final int MAX_TERMS = 1_000_000;

    private Hypergeometric() {
    }

    /**
     * @throws IllegalArgumentException if |z| &ge; 1, c is zero or a negative integer, or the series
     *     does not settle within {@link #MAX_TERMS} terms
     */
    public static double hyp2f1(double a, double b, double c, double z) {
        if (!(Math.abs(z) < 1.0)) {
            throw new IllegalArgumentException("series needs |z| < 1, got z = " + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("c must not be zero or a negative integer, got c = " + c);
        }
        double term = 1.0;
        double sum = 1.0;
        for (int n = 0; n < MAX_TERMS; n++) {
            // ratio of consecutive terms: (a+n)(b+n) z / ((c+n)(n+1))
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            if (term == 0.0) {
                return sum; // a or b is a non-positive integer: the series is a polynomial
            }
            double next = sum + term;
            // stop only once the terms are also shrinking, so a slow start is not mistaken for the end
            if (next == sum && Math.abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2)) * z) < 1.0) {
                return sum;
            }
            sum = next;
        }
        throw new IllegalArgumentException(
                "2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in " + MAX_TERMS + " terms");
    }
}
