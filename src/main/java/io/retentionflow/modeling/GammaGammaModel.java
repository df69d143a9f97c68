package io.retentionflow.modeling;

/** Expected transaction values under fitted Gamma-Gamma parameters. */
public final class GammaGammaModel {

    private final GammaGammaParameters parameters;

    public GammaGammaModel(GammaGammaParameters parameters) {
        this.parameters = parameters;
    }

    public GammaGammaParameters parameters() {
        return parameters;
    }

    /**
     * E[M | p, q, gamma, m_x, x] = p (gamma + x m_x) / (p x + q − 1) (Fader and Hardie 2013,
     * equation (5)): a weighted average of the population mean p·gamma/(q − 1) and the customer's
     * own mean m_x, leaning on the customer's mean the more transactions back it. With no repeat
     * purchase there is nothing to lean on, so x = 0 gets the population mean.
     *
     * @param x         repeat transactions
     * @param meanValue mean value of the repeat transactions (ignored when x = 0)
     */
    public double expectedTransactionValue(double x, double meanValue) {
        if (x == 0) {
            return parameters.populationMeanValue();
        }
        double p = parameters.p();
        return p * (parameters.gamma() + x * meanValue) / (p * x + parameters.q() - 1);
    }
}
