package io.retentionflow.campaigns;

import io.retentionflow.templates.Sender;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A saved campaign plan. {@code fromName}, {@code fromEmail} and {@code replyTo} are the plan's
 * overrides (null = the default of {@link io.retentionflow.templates.SenderDefaults}); {@code variantTemplateId},
 * {@code splitAPercent} and {@code abTestMetric} are null without an A/B test.
 */
public record CampaignPlan(long id, String name, long targetGroupId, String targetGroupName, String templateId,
        String templateName, String variantTemplateId, String variantTemplateName, Integer splitAPercent,
        AbTestMetric abTestMetric, LocalTime sendTime, String timeZone, CampaignSchedule schedule, int controlPercent,
        String fromName, String fromEmail, String replyTo, boolean active, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public boolean isDueOn(LocalDate date) {
        return active && schedule.includes(date);
    }

    /**
     * The instant of the send on a date of the schedule. A send time that a daylight-saving change
     * skips (02:30 on the spring-forward night) moves forward by the gap, as {@link ZonedDateTime} does.
     */
    public OffsetDateTime sendAt(LocalDate date) {
        return ZonedDateTime.of(date, sendTime, ZoneId.of(timeZone)).toOffsetDateTime();
    }

    /** The control and A/B arms of this plan's recipients, for the nightly run. */
    public ArmAssignment arms() {
        return new ArmAssignment(id, controlPercent, splitAPercent);
    }

    /** The plan's own sender fields, null where it inherits: the first level of the sender precedence. */
    public Sender senderOverride() {
        return new Sender(fromName, fromEmail, replyTo);
    }
}
