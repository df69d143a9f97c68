package io.retentionflow.modeling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;
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
 * <p><b>Speed.</b> The Gamma functions depend on x only, so each evaluation computes them once per
 * distinct x, as in {@link BgNbdLikelihood}. The rest of a customer's term depends on (x, m_x) only,
 * and bases repeat those pairs a lot (whole-money prices, one or two repeat purchases), so it is
 * computed once per distinct pair and looked up per customer. The customers' terms are still added
 * one by one in input order, so the sum is bit-for-bit what a term per customer gives: grouping with
 * a count would change the rounding, and with it the optimiser's path on flat likelihoods.
 */
public final class GammaGammaLikelihood {

    /** x, m_x and log m_x of each distinct (x, m_x) pair */
    private final double[] x;
    private final double[] mean;
    private final double[] logMean;
    private final double[] distinctX;
    /** index into {@link #distinctX} for each pair */
    private final int[] xIndex;
    /** index of each customer's pair, in input order */
    private final int[] pairOf;

    public GammaGammaLikelihood(Collection<SpendSummary> spends) {
        if (spends.isEmpty()) {
            throw new IllegalArgumentException("no customers with repeat purchases to fit");
        }
        Map<SpendSummary, Integer> pairs = new LinkedHashMap<>();
        pairOf = new int[spends.size()];
        int i = 0;
        for (SpendSummary s : spends) {
            Integer next = pairs.size();
            Integer pair = pairs.putIfAbsent(s, next);
            pairOf[i++] = pair == null ? next : pair;
        }
        TreeMap<Double, Integer> xs = new TreeMap<>();
        pairs.keySet().forEach(s -> xs.put(s.x(), 0));
        distinctX = new double[xs.size()];
        int k = 0;
        for (Map.Entry<Double, Integer> e : xs.entrySet()) {
            distinctX[k] = e.getKey();
            e.setValue(k++);
        }
        int n = pairs.size();
        x = new double[n];
        mean = new double[n];
        logMean = new double[n];
        xIndex = new int[n];
        int j = 0;
        for (SpendSummary s : pairs.keySet()) {
            x[j] = s.x();
            mean[j] = s.meanValue();
            logMean[j] = Math.log(s.meanValue());
            xIndex[j] = xs.get(s.x());
            j++;
        }
    }

    /** Every k-th customer, at most {@code maxRows}; the screening stand-in of {@link BgNbdLikelihood#subsample}. */
    GammaGammaLikelihood subsample(int maxRows) {
        if (pairOf.length <= maxRows) {
            return this;
        }
        int step = (pairOf.length + maxRows - 1) / maxRows;
        List<SpendSummary> sampled = new ArrayList<>();
        for (int i = 0; i < pairOf.length; i += step) {
            sampled.add(new SpendSummary(x[pairOf[i]], mean[pairOf[i]]));
        }
        return new GammaGammaLikelihood(sampled);
    }

    double averageMeanValue() {
        double sum = 0;
        for (int pair : pairOf) {
            sum += mean[pair];
        }
        return sum / pairOf.length;
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
        double[] term = new double[x.length];
        IntToDoubleFunction pairTerm = j -> {
            double px = p * x[j];
            return xPart[xIndex[j]] + (px - 1) * logMean[j] - (px + q) * Math.log(gamma + mean[j] * x[j]);
        };
        if (term.length > ChunkedSum.CHUNK) {
            Arrays.parallelSetAll(term, pairTerm);
        } else {
            Arrays.setAll(term, pairTerm);
        }
        return ChunkedSum.sum(pairOf.length, (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += term[pairOf[i]];
            }
            return sum;
        });
    }
}
