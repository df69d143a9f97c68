package io.retentionflow.modeling;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood of the customers' mean repeat values (Fader and Hardie 2013,
 * equation (4); Colombo and Jiang 1999): the mean of x transactions, each Gamma(p, nu), is
 * Gamma(px, nu x), and mixing nu over Gamma(q, gamma) gives
 *
 * <pre>
 * f(m_x | p, q, gamma, x) = Γ(px+q) / (Γ(px) Γ(q)) · gamma^q · m_x^(px−1) · x^(px) / (gamma + m_x x)^(px+q)
 * </pre>
 *
 * <p>The Gamma functions depend on x only, so each evaluation computes them once per distinct x
 * and leaves one logarithm per customer, as in {@link BgNbdLikelihood}.
 */
public final class GammaGammaLikelihood {

    private final double[] x;
    private final double[] mean;
    private final double[] logMean;
    private final double[] distinctX;
    private final int[] xIndex;

    public GammaGammaLikelihood(Collection<SpendSummary> spends) {
        if (spends.isEmpty()) {
            throw new IllegalArgumentException("no customers with repeat purchases to fit");
        }
        TreeMap<Double, Integer> xs = new TreeMap<>();
        spends.forEach(s -> xs.put(s.x(), 0));
        distinctX = new double[xs.size()];
        int k = 0;
        for (Map.Entry<Double, Integer> e : xs.entrySet()) {
            distinctX[k] = e.getKey();
            e.setValue(k++);
        }
        int n = spends.size();
        x = new double[n];
        mean = new double[n];
        logMean = new double[n];
        xIndex = new int[n];
        int i = 0;
        for (SpendSummary s : spends) {
            x[i] = s.x();
            mean[i] = s.meanValue();
            logMean[i] = Math.log(s.meanValue());
            xIndex[i] = xs.get(s.x());
            i++;
        }
    }

    /** Every k-th customer, at most {@code maxRows}; the screening stand-in of {@link BgNbdLikelihood#subsample}. */
    GammaGammaLikelihood subsample(int maxRows) {
        if (x.length <= maxRows) {
            return this;
        }
        int step = (x.length + maxRows - 1) / maxRows;
        return new GammaGammaLikelihood(this, step);
    }

    private GammaGammaLikelihood(GammaGammaLikelihood all, int step) {
        int n = (all.x.length + step - 1) / step;
        x = new double[n];
        mean = new double[n];
        logMean = new double[n];
        xIndex = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = all.x[i * step];
            mean[i] = all.mean[i * step];
            logMean[i] = all.logMean[i * step];
            xIndex[i] = all.xIndex[i * step];
        }
        distinctX = all.distinctX;
    }

    double averageMeanValue() {
        double sum = 0;
        for (double m : mean) {
            sum += m;
        }
        return sum / mean.length;
    }

    public double logLikelihood(GammaGammaParameters parameters) {
        return logLikelihood(parameters.p(), parameters.q(), parameters.gamma());
    }

    double logLikelihood(double p, double q, double gamma) {
        double constant = q * Math.log(gamma) - Gamma.logGamma(q);
        double[] xPart = new double[distinctX.length];
        for (int k = 0; k < distinctX.length; k++) {
            double px = p * distinctX[k];
            xPart[k] = constant + Gamma.logGamma(px + q) - Gamma.logGamma(px) + px * Math.log(distinctX[k]);
        }
        return ChunkedSum.sum(x.length, (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                double px = p * x[i];
                sum += xPart[xIndex[i]] + (px - 1) * logMean[i] - (px + q) * Math.log(gamma + mean[i] * x[i]);
            }
            return sum;
        });
    }
}
