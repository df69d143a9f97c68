package io.retentionflow.campaigns;

import io.retentionflow.templates.Sender;
import java.time.OffsetDateTime;

/** A campaign to run on a date: the plan, the instant it sends, and its effective sender. */
public record DueCampaign(CampaignPlan plan, OffsetDateTime sendAt, Sender sender) {}
