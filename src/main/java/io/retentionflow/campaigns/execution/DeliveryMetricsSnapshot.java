package io.retentionflow.campaigns.execution;

import io.retentionflow.bronto.DeliveryMetrics;
import io.retentionflow.bronto.DeliveryStatus;
import io.retentionflow.campaigns.Arm;
import java.time.OffsetDateTime;

/** Bronto's counters for a variant's delivery at one of the seven daily pulls (1..7). */
public record DeliveryMetricsSnapshot(long executionId, Arm variant, String deliveryId, int pullNumber,
        OffsetDateTime takenAt, DeliveryStatus deliveryStatus, DeliveryMetrics metrics) {}
