package io.retentionflow.modeling;

/** A customer's predicted value relative to the base; see {@link ValueTiers}. */
public enum ValueTier {
    LOW, MEDIUM, HIGH;

    /** The tier as stored and as target-group rules name it, e.g. {@code high}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
