package io.retentionflow.modeling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Assigns a {@link LifecycleStage}. The rules are checked in this order, first match wins:
 * <ol>
 *   <li>LAPSED: the last purchase is more than {@code lapsedAfterDays} ago;</li>
 *   <li>NEW: the first purchase is at most {@code newWithinDays} ago;</li>
 *   <li>REACTIVATED: the last purchase came after a gap longer than {@code lapsedAfterDays} and is
 *       at most {@code reactivatedWithinDays} ago; checked before AT_RISK because a customer who has
 *       just come back has, by construction, a recent purchase, and P(alive) after a long silence
 *       can still be low while the model catches up;</li>
 *   <li>AT_RISK: the last purchase is more than {@code atRiskAfterDays} ago, or P(alive) is below
 *       {@code atRiskBelowAlive};</li>
 *   <li>ACTIVE otherwise.</li>
 * </ol>
 */
public final class LifecycleRules {

    private final LifecycleThresholds thresholds;

    public LifecycleRules(LifecycleThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public LifecycleStage stageOf(CustomerActivity activity, LocalDate asOf) {
        long sinceLast = ChronoUnit.DAYS.between(activity.lastPurchase(), asOf);
        long sinceFirst = ChronoUnit.DAYS.between(activity.firstPurchase(), asOf);
        if (sinceLast > thresholds.lapsedAfterDays()) {
            return LifecycleStage.LAPSED;
        }
        if (sinceFirst <= thresholds.newWithinDays()) {
            return LifecycleStage.NEW;
        }
        if (activity.daysBeforeLastPurchase() > thresholds.lapsedAfterDays()
                && sinceLast <= thresholds.reactivatedWithinDays()) {
            return LifecycleStage.REACTIVATED;
        }
        if (sinceLast > thresholds.atRiskAfterDays() || activity.probabilityAlive() < thresholds.atRiskBelowAlive()) {
            return LifecycleStage.AT_RISK;
        }
        return LifecycleStage.ACTIVE;
    }
}
