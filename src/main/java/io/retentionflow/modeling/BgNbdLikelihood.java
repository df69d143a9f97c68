package io.retentionflow.modeling;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD log-likelihood of a whole customer base, equation (6) of Fader, Hardie and Lee (2005):
 *
 * <pre>
 * L(r, alpha, a, b | x, tx, T) = B(a, b+x)/B(a, b) · Γ(r+x) alpha^r / (Γ(r) (alpha+T)^(r+x))
 *                              + δ(x&gt;0) B(a+1, b+x−1)/B(a, b) · Γ(r+x) alpha^r / (Γ(r) (alpha+tx)^(r+x))
 * </pre>
 *
 * <p>Since B(a+1, b+x−1) = B(a, b+x) · a/(b+x−1), the log factors into a part that depends on x
 * only and a log-sum of two powers, evaluated as max + log1p(exp(min − max)) so neither power
 * underflows for large x.
 *
 * <p><b>Speed.</b> An optimiser evaluates the likelihood hundreds of times, so the constructor
 * does the work once: identical (x, tx, T) rows are collapsed into one row with a count, and the
 * Gamma and Beta function terms are computed once per distinct x per evaluation, leaving two
 * logarithms and an exponential per distinct row. Summaries built from daily data repeat a lot
 * (every x = 0 customer of a first-purchase day shares one row), so a million customers usually
 * shrink to far fewer rows, and even ungrouped rows cost tens of nanoseconds each.
 */
public final class BgNbdLikelihood {

    private final double[] x;
    private final double[] tx;
    private final double[] T;
    private final double[] count;
    private final double[] distinctX;
    /** index into {@link #distinctX} for each row */
    private final int[] xIndex;
    private final long customers;

    public BgNbdLikelihood(Collection<CustomerSummary> summaries) {
        if (summaries.isEmpty()) {
            throw new IllegalArgumentException("no customers to fit");
        }
        Map<CustomerSummary, Long> groups = new HashMap<>();
        for (CustomerSummary summary : summaries) {
            groups.merge(summary, 1L, Long::sum);
        }
        TreeMap<Double, Integer> xs = new TreeMap<>();
        groups.keySet().forEach(s -> xs.put(s.x(), 0));
        distinctX = new double[xs.size()];
        int k = 0;
        for (Map.Entry<Double, Integer> e : xs.entrySet()) {
            distinctX[k] = e.getKey();
            e.setValue(k++);
        }
        int n = groups.size();
        x = new double[n];
        tx = new double[n];
        T = new double[n];
        count = new double[n];
        xIndex = new int[n];
        int i = 0;
        for (Map.Entry<CustomerSummary, Long> e : groups.entrySet()) {
            CustomerSummary s = e.getKey();
            x[i] = s.x();
            tx[i] = s.tx();
            T[i] = s.T();
            count[i] = e.getValue();
            xIndex[i] = xs.get(s.x());
            i++;
        }
        customers = summaries.size();
    }

    /**
     * Every k-th distinct row with its count, at most {@code maxRows} rows: a cheap stand-in used to
     * find the neighbourhood of the optimum before polishing on all rows. The row order is fixed by
     * the data, so the subsample is deterministic.
     */
    BgNbdLikelihood subsample(int maxRows) {
        if (x.length <= maxRows) {
            return this;
        }
        int step = (x.length + maxRows - 1) / maxRows;
        return new BgNbdLikelihood(this, step);
    }

    private BgNbdLikelihood(BgNbdLikelihood all, int step) {
        int n = (all.x.length + step - 1) / step;
        x = new double[n];
        tx = new double[n];
        T = new double[n];
        count = new double[n];
        xIndex = new int[n];
        long sampled = 0;
        for (int i = 0; i < n; i++) {
            int j = i * step;
            x[i] = all.x[j];
            tx[i] = all.tx[j];
            T[i] = all.T[j];
            count[i] = all.count[j];
            xIndex[i] = all.xIndex[j];
            sampled += (long) all.count[j];
        }
        distinctX = all.distinctX;
        customers = sampled;
    }

    public long customers() {
        return customers;
    }

    /** Distinct (x, tx, T) rows the likelihood actually iterates over. */
    public int distinctRows() {
        return x.length;
    }

    /** Mean repeat transactions per unit of time observed, a scale for starting values. */
    double repeatRate() {
        double transactions = 0;
        double time = 0;
        for (int i = 0; i < x.length; i++) {
            transactions += count[i] * x[i];
            time += count[i] * T[i];
        }
        return transactions / time;
    }

    public double logLikelihood(BgNbdParameters p) {
        return logLikelihood(p.r(), p.alpha(), p.a(), p.b());
    }

    /** Raw-argument form for the optimiser; returns −∞ instead of throwing where the terms break down. */
    double logLikelihood(double r, double alpha, double a, double b) {
        double[] xPart = new double[distinctX.length];
        double[] logDropWeight = new double[distinctX.length];
        double common = r * Math.log(alpha) - Gamma.logGamma(r) - Beta.logBeta(a, b);
        for (int k = 0; k < distinctX.length; k++) {
            double xk = distinctX[k];
            xPart[k] = common + Gamma.logGamma(r + xk) + Beta.logBeta(a, b + xk);
            logDropWeight[k] = Math.log(a / (b + xk - 1)); // used for x > 0 only
        }
        return ChunkedSum.sum(x.length, (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                double power = r + x[i];
                double stillAlive = -power * Math.log(alpha + T[i]);
                double history = x[i] == 0 ? stillAlive // the usual majority: no second term, no second log
                        : logSumExp(stillAlive, logDropWeight[xIndex[i]] - power * Math.log(alpha + tx[i]));
                sum += count[i] * (xPart[xIndex[i]] + history);
            }
            return sum;
        });
    }

    /** The log-likelihood of one customer, equation (6). */
    public static double logLikelihood(BgNbdParameters p, CustomerSummary c) {
        return new BgNbdLikelihood(List.of(c)).logLikelihood(p);
    }

    private static double logSumExp(double u, double v) {
        double max = Math.max(u, v);
        // log rather than log1p: log1p is not a JVM intrinsic and the lost digits are below 1e-16
        return max + Math.log(1 + Math.exp(Math.min(u, v) - max));
    }
}
