package io.retentionflow.analysis;

/** A campaign that has run at least once, under the name of its latest run. */
public record CampaignName(long campaignId, String name) {}
