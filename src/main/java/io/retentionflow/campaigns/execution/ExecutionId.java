package io.retentionflow.campaigns.execution;

/** What the process carries for a campaign execution: its row id and its business key ({@code campaignId/yyyy-MM-dd}). */
public record ExecutionId(long id, String businessKey) {}
