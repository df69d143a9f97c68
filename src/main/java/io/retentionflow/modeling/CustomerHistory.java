package io.retentionflow.modeling;

import java.time.LocalDate;

/**
 * A customer's transactions within a calibration period, reduced to what the models need.
 *
 * @param transactions        transactions including the first (one per purchase day)
 * @param totalValue          value of all those transactions
 * @param daysBeforeLastPurchase gap between the last two transactions, 0 with a single transaction
 * @param summary             the BG/NBD summary (x, tx, T)
 * @param meanRepeatValue     mean value of the repeat transactions, 0 when there are none (the
 *                            CDNOW files' zbar)
 */
public record CustomerHistory(String customerId, LocalDate firstPurchase, LocalDate lastPurchase, int transactions,
        double totalValue, long daysBeforeLastPurchase, CustomerSummary summary, double meanRepeatValue) {

    /** The Gamma-Gamma input, which exists only for customers with a repeat purchase. */
    public boolean hasRepeatPurchases() {
        return summary.x() > 0;
    }

    /** @throws IllegalStateException without a repeat purchase; check {@link #hasRepeatPurchases()} */
    public SpendSummary spend() {
        if (!hasRepeatPurchases()) {
            throw new IllegalStateException("customer " + customerId + " has no repeat purchases");
        }
        return new SpendSummary(summary.x(), meanRepeatValue);
    }
}
