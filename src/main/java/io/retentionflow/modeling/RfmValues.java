package io.retentionflow.modeling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A customer's raw recency, frequency and monetary value.
 *
 * <p>Monetary is the mean transaction value rather than the total, so it measures basket size
 * independently of frequency instead of double-counting it.
 *
 * @param recencyDays days from the last purchase to the as-of date
 * @param frequency   transactions (purchase days)
 * @param monetary    mean value per transaction
 */
public record RfmValues(long recencyDays, int frequency, double monetary) {

    public static RfmValues of(CustomerHistory history, LocalDate asOf) {
        return new RfmValues(ChronoUnit.DAYS.between(history.lastPurchase(), asOf), history.transactions(),
                history.totalValue() / history.transactions());
    }
}
