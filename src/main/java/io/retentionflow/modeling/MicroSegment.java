package io.retentionflow.modeling;

import java.time.LocalDate;

/** The unit campaigns target: a lifecycle stage crossed with a value tier, e.g. AT_RISK × HIGH. */
public record MicroSegment(LifecycleStage stage, ValueTier tier) {

    /** As stored, e.g. {@code at_risk/high}. */
    public String code() {
        return stage.code() + "/" + tier.code();
    }

    public static MicroSegment of(LifecycleRules rules, ValueTiers tiers, CustomerActivity activity,
            LocalDate asOf, double lifetimeValue) {
        return new MicroSegment(rules.stageOf(activity, asOf), tiers.tierOf(lifetimeValue));
    }
}
