package io.retentionflow.modeling;

import java.time.LocalDate;

/** The unit campaigns target: a lifecycle stage crossed with a value tier, e.g. AT_RISK × HIGH. */
public record MicroSegment(LifecycleStage stage, ValueTier tier) {

    public static MicroSegment of(LifecycleRules rules, ValueTiers tiers, CustomerActivity activity,
            LocalDate asOf, double lifetimeValue) {
        return new MicroSegment(rules.stageOf(activity, asOf), tiers.tierOf(lifetimeValue));
    }
}
