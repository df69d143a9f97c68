package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.Arm;

/**
 * What one upload batch came to: its recipients, those on the list (including those already on it, 506),
 * those Bronto does not know (302: they do not receive the email), and other refusals. {@code sent} is what
 * this call sent to Bronto: 0 when the batch had been uploaded before.
 */
public record BatchOutcome(Arm variant, int batchNo, int recipients, int sent, int added, int notInBronto,
        int rejected) {}
