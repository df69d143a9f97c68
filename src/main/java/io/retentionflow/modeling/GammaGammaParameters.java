package io.retentionflow.modeling;

/**
 * Gamma-Gamma spend parameters: a transaction's value is Gamma(p, nu) for a customer, and nu is
 * Gamma(q, gamma) across customers (Fader and Hardie 2013, "The Gamma-Gamma Model of Monetary Value").
 */
public record GammaGammaParameters(double p, double q, double gamma) {

    public GammaGammaParameters {
        Positive.require("p", p);
        Positive.require("q", q);
        Positive.require("gamma", gamma);
    }

    /**
     * The population mean transaction value E[Z] = p·gamma/(q − 1), the best guess for a customer
     * with no repeat purchases; it only exists for q &gt; 1.
     */
    public double populationMeanValue() {
        if (!(q > 1)) {
            throw new IllegalStateException("the mean spend is infinite for q <= 1, q = " + q);
        }
        return p * gamma / (q - 1);
    }
}
