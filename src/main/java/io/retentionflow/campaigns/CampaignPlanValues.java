package io.retentionflow.campaigns;

import java.time.LocalTime;

/** A campaign plan that passed {@link CampaignPlanValidator}: typed, trimmed, ready to store. */
public record CampaignPlanValues(String name, long targetGroupId, String templateId, String templateName,
        String variantTemplateId, String variantTemplateName, Integer splitAPercent, AbTestMetric abTestMetric,
        LocalTime sendTime, String timeZone, CampaignSchedule schedule, int controlPercent, String fromName,
        String fromEmail, String replyTo, boolean active) {}
