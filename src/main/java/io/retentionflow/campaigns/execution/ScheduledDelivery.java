package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.Arm;
import java.time.OffsetDateTime;

/** The Bronto delivery of a mailed variant: its template to its list at the planned start. */
public record ScheduledDelivery(Arm variant, String deliveryId, String messageId, String listId, OffsetDateTime start) {}
