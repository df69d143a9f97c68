package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Default thresholds: new 30 days, at risk after 90, lapsed after 180, reactivated for 60, P(alive) 0.5. */
class LifecycleRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    private final LifecycleRules rules = new LifecycleRules(LifecycleThresholds.defaults());

    private LifecycleStage stage(int daysSinceFirst, int daysSinceLast, long gapBeforeLast, double alive) {
        return rules.stageOf(new CustomerActivity(TODAY.minusDays(daysSinceFirst), TODAY.minusDays(daysSinceLast),
                gapBeforeLast, alive), TODAY);
    }

    @Test
    void aFirstPurchaseWithinThirtyDaysIsNew() {
        assertThat(stage(30, 30, 0, 1)).isEqualTo(LifecycleStage.NEW);
        assertThat(stage(31, 31, 0, 1)).isEqualTo(LifecycleStage.ACTIVE);
    }

    @Test
    void aRecentRegularBuyerIsActive() {
        assertThat(stage(400, 20, 40, 0.9)).isEqualTo(LifecycleStage.ACTIVE);
    }

    @Test
    void ninetyDaysOfSilenceIsTheLastActiveDay() {
        assertThat(stage(400, 90, 40, 0.9)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(stage(400, 91, 40, 0.9)).isEqualTo(LifecycleStage.AT_RISK);
    }

    @Test
    void aLowProbabilityAliveIsAtRiskEvenWithARecentPurchase() {
        assertThat(stage(400, 40, 10, 0.49)).isEqualTo(LifecycleStage.AT_RISK);
    }

    @Test
    void beyondOneHundredAndEightyDaysTheCustomerHasLapsed() {
        assertThat(stage(400, 180, 40, 0.9)).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(stage(400, 181, 40, 0.9)).isEqualTo(LifecycleStage.LAPSED);
    }

    @Test
    void aPurchaseAfterALapseIsAReactivationForSixtyDays() {
        assertThat(stage(500, 10, 181, 0.3)).isEqualTo(LifecycleStage.REACTIVATED);
        assertThat(stage(500, 60, 181, 0.9)).isEqualTo(LifecycleStage.REACTIVATED);
        assertThat(stage(500, 61, 181, 0.9)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(stage(500, 10, 180, 0.9)).isEqualTo(LifecycleStage.ACTIVE);
    }

    @Test
    void thresholdsMustBeOrdered() {
        assertThatThrownBy(() -> new LifecycleThresholds(30, 200, 180, 60, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMicroSegmentCrossesStageAndTier() {
        ValueTiers tiers = new ValueTiers(50, 200);
        CustomerActivity activity = new CustomerActivity(TODAY.minusDays(400), TODAY.minusDays(100), 30, 0.9);

        assertThat(MicroSegment.of(rules, tiers, activity, TODAY, 250))
                .isEqualTo(new MicroSegment(LifecycleStage.AT_RISK, ValueTier.HIGH));
    }
}
