package io.retentionflow.modeling;

/**
 * BG/NBD population parameters: transaction rates are Gamma(r, alpha) across customers, and the
 * drop-out probability after each transaction is Beta(a, b) (Fader, Hardie and Lee 2005, section 3).
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    public BgNbdParameters {
        Positive.require("r", r);
        Positive.require("alpha", alpha);
        Positive.require("a", a);
        Positive.require("b", b);
    }
}
