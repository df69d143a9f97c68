package io.retentionflow.modeling;

/**
 * A maximum-likelihood Gamma-Gamma fit; the fields mean what they mean in {@link BgNbdFit}.
 */
public record GammaGammaFit(GammaGammaParameters parameters, double logLikelihood, int iterations, int evaluations,
        boolean converged) {
}
