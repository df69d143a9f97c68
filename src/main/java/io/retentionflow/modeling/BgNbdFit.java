package io.retentionflow.modeling;

/**
 * A maximum-likelihood BG/NBD fit.
 *
 * @param iterations  Nelder-Mead iterations summed over all starts and restarts
 * @param evaluations likelihood evaluations summed likewise
 * @param converged   the optimum was stable under restart and reached from two starting points
 */
public record BgNbdFit(BgNbdParameters parameters, double logLikelihood, int iterations, int evaluations,
        boolean converged) {
}
