package io.retentionflow.modeling;

/**
 * Predicted customer lifetime value over a finite horizon: expected transactions from BG/NBD times
 * expected transaction value from Gamma-Gamma.
 *
 * <pre>
 * CLV = E[M | x, m_x] · Σ_{k=1..K} (E[Y(kΔ) | x, tx, T] − E[Y((k−1)Δ) | x, tx, T]) / (1 + d)^k
 * </pre>
 *
 * with K periods of length Δ and discount rate d per period. The difference is the number of
 * transactions expected in period k, each discounted as if it fell at the end of its period, a
 * slight under-statement that keeps the formula a simple sum. With d = 0 the sum telescopes to
 * E[Y(KΔ)]. Multiplying the two expectations assumes, as the Gamma-Gamma model does, that spend
 * is independent of the transaction process.
 */
public final class LifetimeValueCalculator {

    private final BgNbdModel transactions;
    private final GammaGammaModel spend;

    public LifetimeValueCalculator(BgNbdModel transactions, GammaGammaModel spend) {
        this.transactions = transactions;
        this.spend = spend;
    }

    public BgNbdModel transactions() {
        return transactions;
    }

    public GammaGammaModel spend() {
        return spend;
    }

    /** @param meanRepeatValue m_x, ignored when x = 0 (the population mean is used instead) */
    public double lifetimeValue(CustomerSummary summary, double meanRepeatValue, ClvHorizon horizon) {
        return spend.expectedTransactionValue(summary.x(), meanRepeatValue)
                * discountedTransactions(summary, horizon);
    }

    public double lifetimeValue(CustomerHistory history, ClvHorizon horizon) {
        return lifetimeValue(history.summary(), history.meanRepeatValue(), horizon);
    }

    /** The discounted sum of expected transactions, the CLV formula without the money. */
    public double discountedTransactions(CustomerSummary summary, ClvHorizon horizon) {
        double total = 0;
        double before = 0;
        double discount = 1;
        for (int k = 1; k <= horizon.periods(); k++) {
            double upToNow = transactions.expectedTransactions(summary, k * horizon.periodLength());
            discount /= 1 + horizon.discountRatePerPeriod();
            total += (upToNow - before) * discount;
            before = upToNow;
        }
        return total;
    }
}
