package io.retentionflow.campaigns;

/** Where a target-group member ends up in one campaign: held out, or mailed template A or B. */
public enum Arm {
    /** Gets no email; the baseline the campaign's uplift is measured against. */
    CONTROL,
    /** Mailed the campaign's template (every mailed customer, without an A/B test). */
    A,
    /** Mailed the A/B test's second template. */
    B
}
