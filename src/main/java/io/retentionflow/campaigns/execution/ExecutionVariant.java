package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.Arm;
import java.time.OffsetDateTime;

/** A mailed variant of an execution: its template, its share of the recipients, its Bronto list and delivery. */
public record ExecutionVariant(long executionId, Arm variant, String templateId, long recipients, int batches,
        String listName, String brontoListId, OffsetDateTime listDeletedAt, String deliveryId) {}
