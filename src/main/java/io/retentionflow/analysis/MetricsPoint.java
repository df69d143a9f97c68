package io.retentionflow.analysis;

import io.retentionflow.bronto.DeliveryMetrics;
import io.retentionflow.campaigns.execution.DeliveryMetricsSnapshot;
import java.time.OffsetDateTime;

/**
 * A variant's delivery counters at one daily pull, with the rates computed here from the counts (Bronto's
 * own rate fields are left aside: whether they are fractions or percents was never settled). Every rate is
 * NaN while its denominator is zero.
 *
 * @param deliveryRate    deliveries ÷ sends
 * @param openRate        unique opens ÷ deliveries
 * @param clickRate       unique clicks ÷ deliveries
 * @param clickToOpenRate unique clicks ÷ unique opens (what Bronto's reports call "click rate")
 */
public record MetricsPoint(int pull, OffsetDateTime takenAt, long sends, long deliveries, long hardBounces,
        long softBounces, long uniqueOpens, long uniqueClicks, double deliveryRate, double openRate, double clickRate,
        double clickToOpenRate) {

    static MetricsPoint of(DeliveryMetricsSnapshot snapshot) {
        DeliveryMetrics m = snapshot.metrics();
        return new MetricsPoint(snapshot.pullNumber(), snapshot.takenAt(), m.sends(), m.deliveries(), m.hardBounces(),
                m.softBounces(), m.uniqueOpens(), m.uniqueClicks(), ratio(m.deliveries(), m.sends()),
                ratio(m.uniqueOpens(), m.deliveries()), ratio(m.uniqueClicks(), m.deliveries()),
                ratio(m.uniqueClicks(), m.uniqueOpens()));
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
