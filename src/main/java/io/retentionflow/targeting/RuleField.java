package io.retentionflow.targeting;

import java.util.List;

/**
 * A field a rule may name, bound to a fixed SQL expression over {@code customer c} and
 * {@code customer_model m}. The expression is written here, never taken from the rule; a custom
 * attribute's name is a bound parameter of the expression.
 *
 * @param attribute the {@code customer_attribute} name for {@code attribute.<name>} fields, else null
 * @param choices   the allowed codes of a {@link FieldType#CHOICE} field, else empty
 */
public record RuleField(String name, FieldType type, String column, String attribute, List<String> choices,
        String description) {}
