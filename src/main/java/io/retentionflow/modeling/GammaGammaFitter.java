package io.retentionflow.modeling;

import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Fits Gamma-Gamma spend parameters to customers with at least one repeat purchase. */
public final class GammaGammaFitter {

    private GammaGammaFitter() {
    }

    /**
     * Each start sets gamma so the implied population mean p·gamma/(q − 1) equals the average
     * observed mean value, and varies how concentrated spend is within (p) and across (q) customers.
     */
    public static GammaGammaFit fit(Collection<SpendSummary> spends) {
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(spends);
        double m = likelihood.averageMeanValue();
        List<double[]> starts = List.of(
                new double[] {1.0, 2.0, m},
                new double[] {5.0, 4.0, m * 3.0 / 5.0},
                new double[] {20.0, 10.0, m * 9.0 / 20.0});
        GammaGammaLikelihood screening = likelihood.subsample(LogSpaceMaximizer.SCREENING_ROWS);
        ToDoubleFunction<double[]> full = p -> likelihood.logLikelihood(p[0], p[1], p[2]);
        LogSpaceMaximizer.Optimum optimum = LogSpaceMaximizer.maximize(screening == likelihood ? full
                : p -> screening.logLikelihood(p[0], p[1], p[2]), full, starts);
        double[] p = optimum.parameters();
        return new GammaGammaFit(new GammaGammaParameters(p[0], p[1], p[2]), optimum.logLikelihood(),
                optimum.iterations(), optimum.evaluations(), optimum.converged());
    }
}
