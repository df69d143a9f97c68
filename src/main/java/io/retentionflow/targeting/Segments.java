package io.retentionflow.targeting;

import java.util.List;
import java.util.Locale;

/**
 * The codes the customer model writes into {@code customer_model.lifecycle_stage} and
 * {@code value_tier} (see V2), in the order pages show them.
 */
public final class Segments {

    public static final List<String> STAGES = List.of("new", "active", "at_risk", "lapsed", "reactivated", "prospect");
    public static final List<String> VALUE_TIERS = List.of("high", "medium", "low");

    private Segments() {}

    /** {@code at_risk} → {@code At risk}. */
    public static String label(String code) {
        String words = code.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** {@code at_risk}, {@code high} → {@code At risk · high value}: also the name of the cell's target group. */
    public static String cellLabel(String stage, String valueTier) {
        return label(stage) + " · " + valueTier + " value";
    }
}
