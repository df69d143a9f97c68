package io.retentionflow.modeling;

/** Where a customer stands in their relationship with the shop; see {@link LifecycleRules}. */
public enum LifecycleStage {
    NEW, ACTIVE, AT_RISK, LAPSED, REACTIVATED
}
