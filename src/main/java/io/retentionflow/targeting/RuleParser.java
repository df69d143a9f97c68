package io.retentionflow.targeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retentionflow.system.InvalidRequestException;
import io.retentionflow.system.PlainText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads the JSON rule language (README, "Target groups") into a {@link Rule}, refusing anything
 * it does not know with a message that names the place in the rule: {@code rule.all[1].value}.
 * Every refusal is an {@link InvalidRequestException} on the field {@code rule}.
 */
@Component
public class RuleParser {

    static final int MAX_DEPTH = 6;
    static final int MAX_CONDITIONS = 50;
    static final int MAX_LIST_VALUES = 200;
    static final int MAX_TEXT_LENGTH = 200;
    static final int MAX_RULE_LENGTH = 20_000;

    private static final String FIELD = "rule";
    private static final Set<String> CONDITION_KEYS = Set.of("field", "op", "value");
    private static final Set<String> GROUP_KEYS = Set.of("all", "any", "not");

    private final ObjectMapper json;

    public RuleParser(ObjectMapper json) {
        this.json = json;
    }

    /** A rule as text, as the page's text area sends it. */
    public Rule parse(String text) {
        if (text == null || text.isBlank()) {
            throw refuse("rule", "is missing");
        }
        if (text.length() > MAX_RULE_LENGTH) {
            throw refuse("rule", "is longer than " + MAX_RULE_LENGTH + " characters");
        }
        try {
            return parse(json.readTree(text));
        } catch (JsonProcessingException e) {
            // a limit of the reader (nesting, length of a number) has no place in the text to point at
            throw refuse("rule", e.getLocation() == null ? "is not valid JSON" : "is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    public Rule parse(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw refuse("rule", "is missing");
        }
        if (node.toString().length() > MAX_RULE_LENGTH) {
            throw refuse("rule", "is longer than " + MAX_RULE_LENGTH + " characters");
        }
        return new Walk().rule(node, "rule", 1);
    }

    /** The compact text a valid rule is stored as. */
    public String normalise(String text) {
        try {
            return json.readTree(text).toString();
        } catch (JsonProcessingException e) {
            throw refuse("rule", "is not valid JSON");
        }
    }

    private static InvalidRequestException refuse(String path, String problem) {
        return new InvalidRequestException(FIELD, path + ": " + problem);
    }

    /** One parse: counts conditions across the whole tree. */
    private static final class Walk {

        private int conditions;

        Rule rule(JsonNode node, String path, int depth) {
            if (!node.isObject()) {
                throw refuse(path, "must be an object: a condition {\"field\", \"op\", \"value\"} or a group {\"all\"|\"any\"|\"not\"}");
            }
            if (depth > MAX_DEPTH) {
                throw refuse(path, "nesting is deeper than " + MAX_DEPTH + " levels");
            }
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            List<String> groups = keys.stream().filter(GROUP_KEYS::contains).toList();
            if (groups.size() > 1 || (groups.size() == 1 && keys.size() > 1)) {
                throw refuse(path, "a group has exactly one key (all, any or not), found " + keys);
            }
            if (groups.isEmpty()) {
                return condition(node, keys, path);
            }
            String kind = groups.get(0);
            JsonNode body = node.get(kind);
            String inner = path + "." + kind;
            if (kind.equals("not")) {
                return new Rule.Not(rule(body, inner, depth + 1));
            }
            if (!body.isArray()) {
                throw refuse(inner, "must be a list of conditions or groups");
            }
            if (body.isEmpty()) {
                throw refuse(inner, "is an empty group: give at least one condition");
            }
            List<Rule> parts = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                parts.add(rule(body.get(i), inner + "[" + i + "]", depth + 1));
            }
            return kind.equals("all") ? new Rule.All(List.copyOf(parts)) : new Rule.Any(List.copyOf(parts));
        }

        private Rule condition(JsonNode node, List<String> keys, String path) {
            List<String> unknown = keys.stream().filter(key -> !CONDITION_KEYS.contains(key)).toList();
            if (!unknown.isEmpty()) {
                throw refuse(path, "unknown key " + unknown + "; a condition has field, op and value");
            }
            if (++conditions > MAX_CONDITIONS) {
                throw refuse(path, "more than " + MAX_CONDITIONS + " conditions");
            }
            JsonNode fieldNode = node.get("field");
            if (fieldNode == null || !fieldNode.isTextual()) {
                throw refuse(path + ".field", "is missing: name a field, e.g. \"stage\" or \"clv\"");
            }
            RuleField field = RuleFields.find(fieldNode.asText())
                    .orElseThrow(() -> refuse(path + ".field", "unknown field '" + fieldNode.asText() + "'"));
            JsonNode opNode = node.get("op");
            if (opNode == null || !opNode.isTextual()) {
                throw refuse(path + ".op", "is missing");
            }
            Operator op = Operator.ofToken(opNode.asText())
                    .orElseThrow(() -> refuse(path + ".op", "unknown operator '" + opNode.asText() + "'"));
            if (!op.accepts(field.type())) {
                throw refuse(path + ".op", "operator '" + op.token() + "' is not valid for " + describe(field));
            }
            return new Rule.Condition(field, op, values(field, op, node.get("value"), path + ".value"));
        }

        private List<Object> values(RuleField field, Operator op, JsonNode value, String path) {
            switch (op.operand()) {
                case NONE -> {
                    if (value != null) {
                        throw refuse(path, "operator '" + op.token() + "' takes no value");
                    }
                    return List.of();
                }
                case ONE -> {
                    if (value == null) {
                        throw refuse(path, "is missing");
                    }
                    Object one = value(field, value, path);
                    if (op == Operator.CONTAINS || op == Operator.STARTS_WITH) {
                        if (((String) one).isEmpty()) {
                            throw refuse(path, "must not be empty for '" + op.token() + "'");
                        }
                    }
                    return List.of(one);
                }
                case RANGE -> {
                    if (value == null || !value.isArray() || value.size() != 2) {
                        throw refuse(path, "'between' needs a list of two numbers [low, high]");
                    }
                    BigDecimal low = (BigDecimal) value(field, value.get(0), path + "[0]");
                    BigDecimal high = (BigDecimal) value(field, value.get(1), path + "[1]");
                    if (low.compareTo(high) > 0) {
                        throw refuse(path, "low " + low + " is above high " + high);
                    }
                    return List.of(low, high);
                }
                case LIST -> {
                    if (value == null || !value.isArray() || value.isEmpty()) {
                        throw refuse(path, "'" + op.token() + "' needs a non-empty list of values");
                    }
                    if (value.size() > MAX_LIST_VALUES) {
                        throw refuse(path, "more than " + MAX_LIST_VALUES + " values");
                    }
                    List<Object> values = new ArrayList<>();
                    Iterator<JsonNode> items = value.elements();
                    for (int i = 0; items.hasNext(); i++) {
                        values.add(value(field, items.next(), path + "[" + i + "]"));
                    }
                    return List.copyOf(values);
                }
                default -> throw new IllegalStateException("operand " + op.operand());
            }
        }

        private Object value(RuleField field, JsonNode value, String path) {
            switch (field.type()) {
                case NUMBER -> {
                    if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                        throw refuse(path, "'" + field.name() + "' is a number, got " + shown(value));
                    }
                    return value.decimalValue();
                }
                case TEXT -> {
                    if (!value.isTextual()) {
                        throw refuse(path, "'" + field.name() + "' is text, got " + shown(value));
                    }
                    if (value.asText().length() > MAX_TEXT_LENGTH) {
                        throw refuse(path, "is longer than " + MAX_TEXT_LENGTH + " characters");
                    }
                    if (!PlainText.isOneLine(value.asText())) {
                        throw refuse(path, "contains control characters");
                    }
                    return value.asText();
                }
                case CHOICE -> {
                    if (!value.isTextual() || !field.choices().contains(value.asText())) {
                        throw refuse(path, "'" + field.name() + "' is one of " + field.choices() + ", got " + shown(value));
                    }
                    return value.asText();
                }
                default -> throw new IllegalStateException("type " + field.type());
            }
        }

        private static String describe(RuleField field) {
            String type = field.type().name().toLowerCase(Locale.ROOT);
            String valid = Arrays.stream(Operator.values()).filter(op -> op.accepts(field.type()))
                    .map(Operator::token).collect(Collectors.joining(", "));
            return type + " field '" + field.name() + "' (valid: " + valid + ")";
        }

        private static String shown(JsonNode value) {
            String text = value.toString();
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }
}
