package io.retentionflow.modeling;

import java.time.LocalDate;

/**
 * What the lifecycle rules look at.
 *
 * @param daysBeforeLastPurchase gap between the last two purchases, 0 with a single purchase
 * @param probabilityAlive       BG/NBD P(alive); pass 1 when no model is fitted yet
 */
public record CustomerActivity(LocalDate firstPurchase, LocalDate lastPurchase, long daysBeforeLastPurchase,
        double probabilityAlive) {

    public static CustomerActivity of(CustomerHistory history, double probabilityAlive) {
        return new CustomerActivity(history.firstPurchase(), history.lastPurchase(),
                history.daysBeforeLastPurchase(), probabilityAlive);
    }
}
