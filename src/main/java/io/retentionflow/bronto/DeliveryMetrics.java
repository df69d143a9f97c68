package io.retentionflow.bronto;

/**
 * Bronto's counters for a delivery (or one list of it) at the time of reading. Rates are Bronto's
 * fractions: delivery = deliveries / sends, open = unique opens / deliveries, click = unique clicks
 * / unique opens (Bronto's UI definition), click-through = unique clicks / deliveries.
 */
public record DeliveryMetrics(
        long sends,
        long deliveries,
        long hardBounces,
        long softBounces,
        long bounces,
        long uniqueOpens,
        long opens,
        long uniqueClicks,
        long clicks,
        double deliveryRate,
        double openRate,
        double clickRate,
        double clickThroughRate) {}
