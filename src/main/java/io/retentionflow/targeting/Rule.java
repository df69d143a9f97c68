package io.retentionflow.targeting;

import java.util.List;

/** A parsed, validated target-group rule: the tree {@link RuleParser} builds and {@link RuleCompiler} turns into SQL. */
public sealed interface Rule {

    /** Every part matches (AND). */
    record All(List<Rule> parts) implements Rule {}

    /** At least one part matches (OR). */
    record Any(List<Rule> parts) implements Rule {}

    /** The part does not match. */
    record Not(Rule part) implements Rule {}

    /**
     * One comparison. {@code values} holds none, one, two (between) or several (in) values, already
     * of the field's type: {@link java.math.BigDecimal} for numbers, {@link String} otherwise.
     */
    record Condition(RuleField field, Operator operator, List<Object> values) implements Rule {}
}
