package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.Arm;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The funnel of an execution for pages and reports: the target group, those without an email, the control
 * group, and per mailed variant its recipients, how far the upload got and its Bronto ids. Counts of a list
 * not built yet are null.
 */
public record ExecutionSummary(long executionId, String businessKey, long campaignId, LocalDate runDate,
        OffsetDateTime sendAt, Long targetSize, Long withoutEmail, Long control, List<Variant> variants,
        OffsetDateTime listsRemovedAt) {

    public ExecutionSummary {
        variants = List.copyOf(variants);
    }

    /**
     * A mailed variant: {@code uploaded} recipients have an outcome, of which {@code added} are on the list,
     * {@code notInBronto} are unknown to Bronto (they get no email) and {@code rejected} were refused otherwise.
     */
    public record Variant(Arm variant, String templateId, long recipients, int batches, long uploaded, long added,
            long notInBronto, long rejected, String brontoListId, String deliveryId) {}
}
