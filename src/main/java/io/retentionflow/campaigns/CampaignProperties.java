package io.retentionflow.campaigns;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sender defaults: Bronto keeps From and Reply-To outside its templates, so every delivery names
 * them; a campaign plan may override each.
 */
@ConfigurationProperties("campaigns")
public record CampaignProperties(String defaultFromName, String defaultFromEmail, String defaultReplyTo) {}
