package io.retentionflow.modeling;

/**
 * One customer's calibration-period history in the BG/NBD notation of Fader, Hardie and Lee (2005).
 *
 * <p>Times are in the model's time unit (weeks for CDNOW) and measured from the customer's first
 * purchase, which is not counted: {@code x} is the number of repeat transactions, {@code tx} the
 * time of the last repeat transaction (0 when x = 0) and {@code T} the time from the first
 * purchase to the end of calibration. {@code T} keeps the paper's capital letter so the formulas
 * read the same in code.
 *
 * @param x  repeat transactions, a whole number &ge; 0 (double because it enters the formulas as one)
 * @param tx time of the last repeat transaction, 0 &le; tx &le; T
 * @param T  time observed since the first purchase, &ge; 0 (0 for a customer acquired on the last day)
 */
public record CustomerSummary(double x, double tx, double T) {

    public CustomerSummary {
        if (!(x >= 0) || x != Math.rint(x)) {
            throw new IllegalArgumentException("x must be a whole number >= 0, got " + x);
        }
        if (!(T >= 0) || Double.isInfinite(T)) {
            throw new IllegalArgumentException("T must be finite and >= 0, got " + T);
        }
        if (!(tx >= 0 && tx <= T)) {
            throw new IllegalArgumentException("tx must lie in [0, T], got tx = " + tx + ", T = " + T);
        }
        if (x == 0 && tx != 0) {
            throw new IllegalArgumentException("a customer without repeat purchases has tx = 0, got " + tx);
        }
    }
}
