package io.retentionflow.modeling;

/**
 * The thresholds of {@link LifecycleRules}, in days except for the probability.
 *
 * @param newWithinDays          first purchase at most this long ago: NEW
 * @param atRiskAfterDays        no purchase for longer than this: AT_RISK
 * @param lapsedAfterDays        no purchase for longer than this: LAPSED; a purchase after a longer
 *                               gap is a reactivation
 * @param reactivatedWithinDays  a reactivating purchase keeps the customer REACTIVATED this long
 * @param atRiskBelowAlive       P(alive) below this: AT_RISK even if the last purchase is recent
 */
public record LifecycleThresholds(int newWithinDays, int atRiskAfterDays, int lapsedAfterDays,
        int reactivatedWithinDays, double atRiskBelowAlive) {

    public LifecycleThresholds {
        if (newWithinDays < 0 || reactivatedWithinDays < 0) {
            throw new IllegalArgumentException("windows must be >= 0 days");
        }
        if (!(atRiskAfterDays < lapsedAfterDays)) {
            throw new IllegalArgumentException("at-risk must come before lapsed: "
                    + atRiskAfterDays + " >= " + lapsedAfterDays);
        }
        if (!(newWithinDays <= atRiskAfterDays && reactivatedWithinDays <= atRiskAfterDays)) {
            throw new IllegalArgumentException("the new and reactivated windows must end before at-risk starts");
        }
        if (!(atRiskBelowAlive >= 0 && atRiskBelowAlive <= 1)) {
            throw new IllegalArgumentException("atRiskBelowAlive must be a probability, got " + atRiskBelowAlive);
        }
    }

    /**
     * Defaults for a retailer whose customers buy a few times a year (CDNOW's repeat buyers average
     * roughly one purchase a quarter):
     * <ul>
     *   <li>new for 30 days: the length of a welcome series, and too soon to expect a second order;</li>
     *   <li>at risk after 90 days: one typical purchase cycle missed, the point where a win-back nudge
     *       is still cheap;</li>
     *   <li>lapsed after 180 days: two cycles missed, where the customer needs a reactivation offer
     *       rather than a reminder;</li>
     *   <li>reactivated for 60 days after buying again following a lapse, long enough for one
     *       follow-up campaign before they count as active again;</li>
     *   <li>at risk below P(alive) = 0.5: the model finds the customer more likely gone than not,
     *       which catches frequent buyers who fell silent well before 90 days.</li>
     * </ul>
     */
    public static LifecycleThresholds defaults() {
        return new LifecycleThresholds(30, 90, 180, 60, 0.5);
    }
}
