package io.retentionflow.targeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The whitelist of fields a rule may name: the only way a name in a rule reaches SQL. */
public final class RuleFields {

    public static final String ATTRIBUTE_PREFIX = "attribute.";

    /** Custom attribute names as the customer file's headers give them; bound, so this only keeps them sane. */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.\\- ]{1,64}");

    private static final Map<String, RuleField> FIELDS = new LinkedHashMap<>();

    static {
        choice("stage", "m.lifecycle_stage", Segments.STAGES, "lifecycle stage");
        choice("value_tier", "m.value_tier", Segments.VALUE_TIERS, "predicted value relative to the base");
        number("p_alive", "m.p_alive", "probability the customer is still active, 0–1");
        number("expected_purchases_30", "m.expected_purchases_30", "expected purchases in the next 30 days");
        number("expected_purchases_90", "m.expected_purchases_90", "expected purchases in the next 90 days");
        number("clv", "m.clv", "predicted customer lifetime value");
        number("r_score", "m.r_score", "RFM recency score");
        number("f_score", "m.f_score", "RFM frequency score");
        number("m_score", "m.m_score", "RFM monetary score");
        number("days_since_last_purchase", "m.days_since_last_purchase", "days since the last purchase (missing for prospects)");
        number("purchases", "m.purchases", "purchase days so far");
        number("total_revenue", "m.total_revenue", "revenue so far");
        text("country", "c.country", "country as the customer file gives it");
    }

    private RuleFields() {}

    /** The named field, {@code attribute.<name>} included; empty for anything not on the whitelist. */
    public static Optional<RuleField> find(String name) {
        if (name.startsWith(ATTRIBUTE_PREFIX)) {
            String attribute = name.substring(ATTRIBUTE_PREFIX.length());
            if (!ATTRIBUTE_NAME.matcher(attribute).matches()) {
                return Optional.empty();
            }
            return Optional.of(new RuleField(name, FieldType.TEXT, null, attribute, List.of(),
                    "custom attribute from the customer file"));
        }
        return Optional.ofNullable(FIELDS.get(name));
    }

    /** The fixed fields, for the help on the pages. */
    public static List<RuleField> all() {
        return List.copyOf(FIELDS.values());
    }

    private static void choice(String name, String column, List<String> choices, String description) {
        FIELDS.put(name, new RuleField(name, FieldType.CHOICE, column, null, choices, description));
    }

    private static void number(String name, String column, String description) {
        FIELDS.put(name, new RuleField(name, FieldType.NUMBER, column, null, List.of(), description));
    }

    private static void text(String name, String column, String description) {
        FIELDS.put(name, new RuleField(name, FieldType.TEXT, column, null, List.of(), description));
    }
}
