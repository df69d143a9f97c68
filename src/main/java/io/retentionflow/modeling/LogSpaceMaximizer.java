package io.retentionflow.modeling;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a log-likelihood over strictly positive parameters by Nelder-Mead on their logarithms.
 *
 * <p>Why this shape: the log transform makes positivity free and puts shape and scale parameters
 * on comparable footing; Nelder-Mead needs no gradient and shrugs off the −∞ returned where a
 * likelihood breaks down. Its known weakness is collapsing the simplex before the optimum, so
 * every run is restarted from its own result with a fresh simplex until a restart improves the
 * log-likelihood by less than {@link #CONVERGED_LL_CHANGE} (the standard remedy). Several starts
 * guard against a local optimum.
 *
 * <p>For large bases the starts run on a screening likelihood (a subsample, see
 * {@link #SCREENING_ROWS}), and only the best of them is polished on the full likelihood with a
 * small simplex: the hundreds of evaluations spent finding the neighbourhood then cost little,
 * and the full data sees only the few dozen needed to settle. The fit counts as converged when the
 * polished run settled and the best two starts agreed to within {@link #STARTS_AGREE_LL}.
 */
final class LogSpaceMaximizer {

    /** Below this many rows the full likelihood is cheap enough to run every start on. */
    static final int SCREENING_ROWS = 20_000;
    static final double CONVERGED_LL_CHANGE = 1e-7;
    static final double STARTS_AGREE_LL = 1e-3;
    private static final int MAX_RESTARTS = 20;
    private static final int MAX_EVALUATIONS_PER_RUN = 20_000;
    /** The first simplex spans a factor e^0.5 ≈ 1.65 in each parameter. */
    private static final double SEARCH_SIDE = 0.5;
    /** A subsample optimum lies within a few percent of the full one. */
    private static final double POLISH_SIDE = 0.05;

    record Optimum(double[] parameters, double logLikelihood, int iterations, int evaluations, boolean converged) {
    }

    private LogSpaceMaximizer() {
    }

    /**
     * @param screening a cheaper stand-in for {@code full}, or {@code full} itself
     * @param full      the log-likelihood of positive parameters; may return −∞ or NaN where undefined
     * @param starts    starting points, each strictly positive
     */
    static Optimum maximize(ToDoubleFunction<double[]> screening, ToDoubleFunction<double[]> full,
            List<double[]> starts) {
        Runs runs = new Runs();
        Run best = null;
        double runnerUp = Double.NEGATIVE_INFINITY;
        for (double[] start : starts) {
            Run run = runs.untilSettled(screening, log(start), SEARCH_SIDE);
            if (best == null || run.value() > best.value()) {
                runnerUp = best == null ? runnerUp : best.value();
                best = run;
            } else {
                runnerUp = Math.max(runnerUp, run.value());
            }
        }
        boolean startsAgree = starts.size() == 1 || best.value() - runnerUp < STARTS_AGREE_LL;
        Run last = screening == full ? best : runs.untilSettled(full, best.theta(), POLISH_SIDE);
        boolean converged = last.settled() && startsAgree && Double.isFinite(last.value());
        return new Optimum(exp(last.theta()), last.value(), runs.iterations, runs.evaluations, converged);
    }

    private record Run(double[] theta, double value, boolean settled) {
    }

    /** Counts the work across all runs of one fit. */
    private static final class Runs {
        private final SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-12, 1e-10));
        private int iterations;
        private int evaluations;

        Run untilSettled(ToDoubleFunction<double[]> logLikelihood, double[] theta, double side) {
            ObjectiveFunction objective = new ObjectiveFunction(t -> {
                double value = logLikelihood.applyAsDouble(exp(t));
                return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
            });
            double previous = Double.NEGATIVE_INFINITY;
            for (int restart = 0; restart < MAX_RESTARTS; restart++) {
                PointValuePair result = optimizer.optimize(objective, GoalType.MAXIMIZE, new InitialGuess(theta),
                        new NelderMeadSimplex(theta.length, side), new MaxEval(MAX_EVALUATIONS_PER_RUN));
                iterations += optimizer.getIterations();
                evaluations += optimizer.getEvaluations();
                theta = result.getPoint();
                boolean settled = result.getValue() - previous < CONVERGED_LL_CHANGE;
                previous = result.getValue();
                if (settled) {
                    return new Run(theta, previous, true);
                }
            }
            return new Run(theta, previous, false);
        }
    }

    private static double[] exp(double[] theta) {
        double[] p = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            p[i] = Math.exp(theta[i]);
        }
        return p;
    }

    private static double[] log(double[] p) {
        double[] theta = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            theta[i] = Math.log(p[i]);
        }
        return theta;
    }
}
