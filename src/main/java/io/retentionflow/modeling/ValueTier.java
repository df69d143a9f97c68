package io.retentionflow.modeling;

/** A customer's predicted value relative to the base; see {@link ValueTiers}. */
public enum ValueTier {
    LOW, MEDIUM, HIGH
}
