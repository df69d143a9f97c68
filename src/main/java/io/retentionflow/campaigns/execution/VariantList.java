package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.Arm;

/** The Bronto list of a mailed variant. */
public record VariantList(Arm variant, String name, String listId) {}
