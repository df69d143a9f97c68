package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.AbTestMetric;
import io.retentionflow.campaigns.Arm;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One run of a campaign plan on a date, with what the plan said that day: later edits of the plan do
 * not change a run already under way. {@code variantTemplateId}, {@code splitAPercent} and
 * {@code abTestMetric} are null without an A/B test; the counts are null until the recipient list is built,
 * {@code metricsCompletedAt} until the week of metrics is over.
 */
public record CampaignExecution(long id, long campaignId, LocalDate runDate, String businessKey, String campaignName,
        long targetGroupId, String templateId, String variantTemplateId, Integer splitAPercent,
        AbTestMetric abTestMetric, int controlPercent, OffsetDateTime sendAt, String fromName, String fromEmail,
        String replyTo, OffsetDateTime recipientsBuiltAt, Long targetSize, Long withoutEmail, Long controlSize,
        OffsetDateTime listsRemovedAt, OffsetDateTime metricsCompletedAt) {

    public static String businessKey(long campaignId, LocalDate runDate) {
        return campaignId + "/" + runDate;
    }

    public boolean recipientsBuilt() {
        return recipientsBuiltAt != null;
    }

    /** The mailed variants the plan has: A alone, or A and B with an A/B test. */
    public String templateOf(Arm variant) {
        return switch (variant) {
            case A -> templateId;
            case B -> variantTemplateId;
            case CONTROL -> throw new IllegalArgumentException("the control group is never mailed");
        };
    }

    /** Bronto keeps the start's offset, so the start is given in the plan's zone. */
    static OffsetDateTime inZone(OffsetDateTime instant, String timeZone) {
        return instant.atZoneSameInstant(ZoneId.of(timeZone)).toOffsetDateTime();
    }
}
