package io.retentionflow.targeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link Rule} into a parameterised SQL condition.
 *
 * <p>Every comparison is made two-valued ({@code x is not null and x op :p}), so a missing value
 * is simply "does not match" and never SQL's unknown. That keeps negation honest: {@code not},
 * {@code !=} and {@code not_in} are exact complements and match customers whose value is missing.
 * Text is compared without regard to case; {@code contains}/{@code starts_with} escape LIKE's
 * wildcards, so {@code 50%} means the three characters.
 */
@Component
public class RuleCompiler {

    public SqlCondition compile(Rule rule) {
        Compilation compilation = new Compilation();
        String sql = compilation.sql(rule);
        return new SqlCondition(sql, compilation.params);
    }

    private static final class Compilation {

        private final Map<String, Object> params = new LinkedHashMap<>();

        String sql(Rule rule) {
            if (rule instanceof Rule.All all) {
                return join(all.parts(), " and ");
            }
            if (rule instanceof Rule.Any any) {
                return join(any.parts(), " or ");
            }
            if (rule instanceof Rule.Not not) {
                return "(not " + sql(not.part()) + ")";
            }
            return condition((Rule.Condition) rule);
        }

        private String join(List<Rule> parts, String connective) {
            return parts.stream().map(this::sql).collect(Collectors.joining(connective, "(", ")"));
        }

        private String condition(Rule.Condition condition) {
            RuleField field = condition.field();
            String column = column(field);
            boolean text = field.type() == FieldType.TEXT;
            String compared = text ? "lower(" + column + ")" : column;
            List<Object> values = condition.values();
            return switch (condition.operator()) {
                case EQ -> present(column, compared + " = " + bind(value(values.get(0), text)));
                case NE -> "(not " + present(column, compared + " = " + bind(value(values.get(0), text))) + ")";
                case LT -> present(column, compared + " < " + bind(values.get(0)));
                case LTE -> present(column, compared + " <= " + bind(values.get(0)));
                case GT -> present(column, compared + " > " + bind(values.get(0)));
                case GTE -> present(column, compared + " >= " + bind(values.get(0)));
                case BETWEEN -> present(column, compared + " between " + bind(values.get(0)) + " and " + bind(values.get(1)));
                case IN -> present(column, compared + " in (" + bind(list(values, text)) + ")");
                case NOT_IN -> "(not " + present(column, compared + " in (" + bind(list(values, text)) + ")") + ")";
                case CONTAINS -> present(column, compared + " like " + bind("%" + escapeLike(lower(values.get(0))) + "%") + " escape '\\'");
                case STARTS_WITH -> present(column, compared + " like " + bind(escapeLike(lower(values.get(0))) + "%") + " escape '\\'");
                case IS_NULL -> "(" + column + " is null)";
                case IS_NOT_NULL -> "(" + column + " is not null)";
            };
        }

        /** The field's expression: a whitelisted column, or the customer's attribute with a bound name. */
        private String column(RuleField field) {
            if (field.attribute() == null) {
                return field.column();
            }
            return "(select a.attribute_value from customer_attribute a where a.customer_id = c.id and a.attribute_name = "
                    + bind(field.attribute()) + ")";
        }

        private static String present(String column, String comparison) {
            return "(" + column + " is not null and " + comparison + ")";
        }

        private String bind(Object value) {
            String name = "p" + params.size();
            params.put(name, value);
            return ":" + name;
        }

        private static Object value(Object value, boolean text) {
            return text ? lower(value) : value;
        }

        private static List<Object> list(List<Object> values, boolean text) {
            return values.stream().map(value -> value(value, text)).toList();
        }

        private static String lower(Object value) {
            return ((String) value).toLowerCase(Locale.ROOT);
        }

        private static String escapeLike(String value) {
            return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
