package io.retentionflow.modeling;

import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Fits BG/NBD parameters to a customer base by maximum likelihood. */
public final class BgNbdFitter {

    private BgNbdFitter() {
    }

    public static BgNbdFit fit(Collection<CustomerSummary> summaries) {
        return fit(new BgNbdLikelihood(summaries));
    }

    /**
     * Starts from three points that differ in purchase heterogeneity (r) and drop-out (a, b);
     * alpha is scaled so r/alpha, the mean purchase rate, matches the data's repeat rate, which puts
     * every start in the right time unit whatever unit the summaries use.
     */
    public static BgNbdFit fit(BgNbdLikelihood likelihood) {
        double rate = Math.max(likelihood.repeatRate(), 1e-6);
        List<double[]> starts = List.of(
                new double[] {1.0, 1.0 / rate, 1.0, 1.0},
                new double[] {0.5, 0.5 / rate, 0.5, 3.0},
                new double[] {2.0, 2.0 / rate, 2.0, 0.5});
        BgNbdLikelihood screening = likelihood.subsample(LogSpaceMaximizer.SCREENING_ROWS);
        ToDoubleFunction<double[]> full = p -> likelihood.logLikelihood(p[0], p[1], p[2], p[3]);
        LogSpaceMaximizer.Optimum optimum = LogSpaceMaximizer.maximize(screening == likelihood ? full
                : p -> screening.logLikelihood(p[0], p[1], p[2], p[3]), full, starts);
        double[] p = optimum.parameters();
        return new BgNbdFit(new BgNbdParameters(p[0], p[1], p[2], p[3]), optimum.logLikelihood(),
                optimum.iterations(), optimum.evaluations(), optimum.converged());
    }
}
