package io.retentionflow.bronto;

/** A delivery's metrics for one of the lists it was sent to. */
public record ListDeliveryStats(String deliveryId, String listId, DeliveryMetrics metrics) {}
