package io.retentionflow.targeting;

/** What a marketer submits for a target group, before it is checked: the rule as JSON text. */
public record TargetGroupDraft(String name, String description, String ruleJson) {}
