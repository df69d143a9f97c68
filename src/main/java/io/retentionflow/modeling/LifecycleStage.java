package io.retentionflow.modeling;

/** Where a customer stands in their relationship with the shop; see {@link LifecycleRules}. */
public enum LifecycleStage {
    NEW, ACTIVE, AT_RISK, LAPSED, REACTIVATED,
    /** Signed up, no purchase yet: outside {@link LifecycleRules}, which look at purchases. */
    PROSPECT;

    /** The stage as stored and as target-group rules name it, e.g. {@code at_risk}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
