package io.retentionflow.modeling;

/**
 * Per-customer predictions under fitted BG/NBD parameters (Fader, Hardie and Lee 2005).
 *
 * <p>The expectations involve (a − 1) in a denominator; the closed forms are 0/0 at a = 1 exactly,
 * which a fitted a never is, and lose about |log10(a − 1)| digits as a approaches 1.
 */
public final class BgNbdModel {

    private final BgNbdParameters parameters;

    public BgNbdModel(BgNbdParameters parameters) {
        this.parameters = parameters;
    }

    public BgNbdParameters parameters() {
        return parameters;
    }

    /**
     * P(alive | x, tx, T) = 1 / (1 + δ(x&gt;0) · a/(b+x−1) · ((alpha+T)/(alpha+tx))^(r+x))
     * (Fader, Hardie and Lee 2008, "Computing P(alive) Using the BG/NBD Model", equation (1)).
     * A customer without repeat purchases is alive with certainty because the model only lets
     * customers drop out right after a repeat purchase.
     */
    public double probabilityAlive(CustomerSummary c) {
        if (c.x() == 0) {
            return 1.0;
        }
        return 1.0 / (1.0 + Math.exp(logDeadToAliveOdds(c)));
    }

    /**
     * E[X(t)], the expected repeat transactions in (0, t] of a customer just acquired, equation (9):
     * (a+b−1)/(a−1) · [1 − (alpha/(alpha+t))^r · 2F1(r, b; a+b−1; t/(alpha+t))].
     */
    public double expectedTransactions(double t) {
        return aliveGrowth(0, 0, t);
    }

    /**
     * E[Y(t) | x, tx, T], the expected transactions in (T, T+t] given the history, equation (10):
     * (a+b+x−1)/(a−1) · [1 − ((alpha+T)/(alpha+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; t/(alpha+T+t))]
     * · P(alive | x, tx, T).
     */
    public double expectedTransactions(CustomerSummary c, double t) {
        return aliveGrowth(c.x(), c.T(), t) * probabilityAlive(c);
    }

    /**
     * The bracketed factor of equations (9) and (10) for a customer alive at T, evaluated through
     * Euler's transformation 2F1(A, B; C; z) = (1−z)^(C−A−B) 2F1(C−A, C−B; C; z). With z = t/(alpha+T+t)
     * and 1 − z = (alpha+T)/(alpha+T+t), the power and the function combine into
     * (1−z)^(a−1) · 2F1(a+b−1−r, a−1; a+b+x−1; z). The transformed series has terms that shrink like
     * n^(a−r−x−2), so it converges fast for any x and even as t grows without bound, whereas the
     * original series grows like n^(r+x−a) before converging and overflows for heavy buyers.
     */
    private double aliveGrowth(double x, double T, double t) {
        if (!(t >= 0)) {
            throw new IllegalArgumentException("t must be >= 0, got " + t);
        }
        double r = parameters.r();
        double a = parameters.a();
        double b = parameters.b();
        double z = t / (parameters.alpha() + T + t);
        double c = a + b + x - 1;
        double tail = Math.pow(1 - z, a - 1) * Hypergeometric.hyp2f1(a + b - 1 - r, a - 1, c, z);
        return c / (a - 1) * (1 - tail);
    }

    /** log of a/(b+x−1) · ((alpha+T)/(alpha+tx))^(r+x), kept in logs so heavy buyers do not overflow. */
    private double logDeadToAliveOdds(CustomerSummary c) {
        double alpha = parameters.alpha();
        return Math.log(parameters.a() / (parameters.b() + c.x() - 1))
                + (parameters.r() + c.x()) * (Math.log(alpha + c.T()) - Math.log(alpha + c.tx()));
    }
}
