package io.retentionflow.campaigns;

import java.util.List;

/**
 * A campaign plan as a marketer submits it (API body or page form). Times and dates are text so a
 * badly written one is refused with a message on its own field, not a parse error of the whole body.
 *
 * @param sendTime  {@code HH:mm} in {@code timeZone}
 * @param endDate   empty for a one-date campaign
 * @param weekdays  {@code MON}…{@code SUN} (or full names); empty = every day of the range
 * @param splitA    with {@code splitB}: the A/B split of the mailed customers, adding up to 100
 * @param abTestMetric  what decides the A/B test: {@code opens} or {@code clicks}, in any case; empty = clicks
 */
public record CampaignPlanRequest(String name, Long targetGroupId, String templateId, String variantTemplateId,
        Integer splitA, Integer splitB, String abTestMetric, String sendTime, String timeZone, String startDate,
        String endDate, List<String> weekdays, Integer controlPercent, String fromName, String fromEmail,
        String replyTo, Boolean active) {}
