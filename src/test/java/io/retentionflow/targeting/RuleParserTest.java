package io.retentionflow.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.retentionflow.system.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleParserTest {

    private final RuleParser parser = new RuleParser(new ObjectMapper());

    @Test
    void readsConditionsGroupsAndNegation() {
        Rule rule = parser.parse("""
                {"all": [
                  {"field": "stage", "op": "in", "value": ["at_risk", "lapsed"]},
                  {"any": [{"field": "clv", "op": ">=", "value": 100}, {"not": {"field": "country", "op": "=", "value": "DE"}}]},
                  {"field": "attribute.loyalty_tier", "op": "is_not_null"}
                ]}""");

        Rule.All all = (Rule.All) rule;
        assertThat(all.parts()).hasSize(3);
        Rule.Condition stage = (Rule.Condition) all.parts().get(0);
        assertThat(stage.field().name()).isEqualTo("stage");
        assertThat(stage.operator()).isEqualTo(Operator.IN);
        assertThat(stage.values()).containsExactly("at_risk", "lapsed");
        Rule.Any any = (Rule.Any) all.parts().get(1);
        assertThat(((Rule.Condition) any.parts().get(0)).values()).containsExactly(new BigDecimal("100"));
        assertThat(any.parts().get(1)).isInstanceOf(Rule.Not.class);
        Rule.Condition attribute = (Rule.Condition) all.parts().get(2);
        assertThat(attribute.field().attribute()).isEqualTo("loyalty_tier");
        assertThat(attribute.values()).isEmpty();
    }

    @Test
    void aSingleConditionIsARule() {
        Rule rule = parser.parse("{\"field\": \"days_since_last_purchase\", \"op\": \"between\", \"value\": [30, 90]}");
        assertThat(((Rule.Condition) rule).values()).containsExactly(new BigDecimal("30"), new BigDecimal("90"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown field                  | {"field": "password", "op": "=", "value": "x"}                      | rule.field: unknown field 'password'
            SQL as a field name            | {"field": "c.email; drop table customer", "op": "=", "value": "x"}  | rule.field: unknown field
            attribute name with a quote    | {"field": "attribute.x'--", "op": "=", "value": "x"}                | rule.field: unknown field
            unknown operator               | {"field": "clv", "op": "like", "value": "x"}                        | rule.op: unknown operator 'like'
            text operator on a number      | {"field": "clv", "op": "contains", "value": "1"}                    | rule.op: operator 'contains' is not valid for number field 'clv'
            range on a stage               | {"field": "stage", "op": ">", "value": "new"}                       | rule.op: operator '>' is not valid for choice field 'stage'
            number given as text           | {"field": "clv", "op": ">", "value": "100"}                         | rule.value: 'clv' is a number, got "100"
            text given as number           | {"field": "country", "op": "=", "value": 49}                        | rule.value: 'country' is text, got 49
            unknown stage                  | {"field": "stage", "op": "=", "value": "dormant"}                   | rule.value: 'stage' is one of [new, active, at_risk, lapsed, reactivated, prospect], got "dormant"
            wrong type inside a list       | {"field": "clv", "op": "in", "value": [1, "two"]}                   | rule.value[1]: 'clv' is a number, got "two"
            empty list                     | {"field": "country", "op": "in", "value": []}                       | rule.value: 'in' needs a non-empty list of values
            between with one bound         | {"field": "clv", "op": "between", "value": [1]}                     | rule.value: 'between' needs a list of two numbers
            between upside down            | {"field": "clv", "op": "between", "value": [9, 1]}                  | rule.value: low 9 is above high 1
            missing value                  | {"field": "clv", "op": ">"}                                         | rule.value: is missing
            value where none is taken      | {"field": "clv", "op": "is_null", "value": 1}                       | rule.value: operator 'is_null' takes no value
            missing field                  | {"op": "=", "value": 1}                                             | rule.field: is missing
            unknown key                    | {"field": "clv", "op": ">", "value": 1, "sql": "1=1"}               | rule: unknown key [sql]
            empty all                      | {"all": []}                                                         | rule.all: is an empty group
            empty any inside               | {"all": [{"any": []}]}                                              | rule.all[0].any: is an empty group
            group with two keys            | {"all": [{"field": "clv", "op": ">", "value": 1}], "any": []}       | rule: a group has exactly one key
            group not a list               | {"all": {"field": "clv", "op": ">", "value": 1}}                    | rule.all: must be a list
            rule not an object             | [1, 2]                                                              | rule: must be an object
            empty contains                 | {"field": "country", "op": "contains", "value": ""}                 | rule.value: must not be empty
            not valid JSON                 | {"field": "clv",                                                    | rule: is not valid JSON
            """)
    void refusesWithAMessageNamingTheProblem(String problem, String rule, String message) {
        assertThatThrownBy(() -> parser.parse(rule))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("rule"));
    }

    @Test
    void refusesAnEmptyRule() {
        assertThatThrownBy(() -> parser.parse("  ")).hasMessage("rule: is missing");
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String condition = "{\"field\": \"clv\", \"op\": \">\", \"value\": 1}";
        String allowed = condition;
        for (int i = 1; i < RuleParser.MAX_DEPTH; i++) {
            allowed = "{\"not\": " + allowed + "}";
        }
        assertThat(parser.parse(allowed)).isInstanceOf(Rule.Not.class);

        String tooDeep = "{\"all\": [" + allowed + "]}";
        assertThatThrownBy(() -> parser.parse(tooDeep)).hasMessageContaining("nesting is deeper than 6 levels");
    }

    @Test
    void refusesMoreConditionsThanTheLimit() {
        String condition = "{\"field\": \"clv\", \"op\": \">\", \"value\": 1}";
        String fifty = "{\"any\": [" + String.join(",", Collections.nCopies(RuleParser.MAX_CONDITIONS, condition)) + "]}";
        assertThat(((Rule.Any) parser.parse(fifty)).parts()).hasSize(50);

        String fiftyOne = "{\"any\": [" + String.join(",", Collections.nCopies(RuleParser.MAX_CONDITIONS + 1, condition)) + "]}";
        assertThatThrownBy(() -> parser.parse(fiftyOne)).hasMessage("rule.any[50]: more than 50 conditions");
    }

    @Test
    void refusesARuleLongerThanTheLimit() {
        String longText = "x".repeat(RuleParser.MAX_RULE_LENGTH);
        assertThatThrownBy(() -> parser.parse("{\"field\": \"country\", \"op\": \"=\", \"value\": \"" + longText + "\"}"))
                .hasMessage("rule: is longer than 20000 characters");
    }

    @Test
    void aHostileValueIsJustAValue() {
        Rule.Condition condition = (Rule.Condition) parser.parse(
                "{\"field\": \"country\", \"op\": \"=\", \"value\": \"'; drop table customer; --\"}");
        assertThat(condition.values()).isEqualTo(List.of("'; drop table customer; --"));
    }
}
