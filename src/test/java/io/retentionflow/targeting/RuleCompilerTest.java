package io.retentionflow.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCompilerTest {

    private final RuleParser parser = new RuleParser(new ObjectMapper());
    private final RuleCompiler compiler = new RuleCompiler();

    private SqlCondition compile(String rule) {
        return compiler.compile(parser.parse(rule));
    }

    @Test
    void aHostileValueIsBoundNeverWrittenIntoTheSql() {
        String hostile = "'; drop table customer; --";
        SqlCondition condition = compile("{\"field\": \"country\", \"op\": \"=\", \"value\": \"" + hostile + "\"}");

        assertThat(condition.sql()).doesNotContain("drop").doesNotContain("'").doesNotContain("--");
        assertThat(condition.sql()).isEqualTo("(c.country is not null and lower(c.country) = :p0)");
        assertThat(condition.params()).containsEntry("p0", hostile);
    }

    @Test
    void anAttributeNameIsBoundToo() {
        SqlCondition condition = compile("{\"field\": \"attribute.loyalty tier\", \"op\": \"in\", \"value\": [\"Gold\", \"PLATINUM\"]}");

        assertThat(condition.sql()).doesNotContain("loyalty").contains("a.attribute_name = :p0").contains("in (:p1)");
        assertThat(condition.params()).containsEntry("p0", "loyalty tier").containsEntry("p1", List.of("gold", "platinum"));
    }

    @Test
    void groupsAndNegationNestInParentheses() {
        SqlCondition condition = compile("""
                {"all": [{"field": "stage", "op": "=", "value": "at_risk"},
                         {"not": {"any": [{"field": "clv", "op": "<", "value": 10}, {"field": "p_alive", "op": "between", "value": [0, 0.2]}]}}]}""");

        assertThat(condition.sql()).isEqualTo("((m.lifecycle_stage is not null and m.lifecycle_stage = :p0) and "
                + "(not ((m.clv is not null and m.clv < :p1) or (m.p_alive is not null and m.p_alive between :p2 and :p3))))");
        assertThat(condition.params()).containsEntry("p0", "at_risk").containsEntry("p1", new BigDecimal("10"))
                .containsEntry("p2", new BigDecimal("0")).containsEntry("p3", new BigDecimal("0.2"));
    }

    @Test
    void notEqualIsTheComplementOfEqualSoMissingValuesMatch() {
        assertThat(compile("{\"field\": \"days_since_last_purchase\", \"op\": \"!=\", \"value\": 3}").sql())
                .isEqualTo("(not (m.days_since_last_purchase is not null and m.days_since_last_purchase = :p0))");
    }

    @Test
    void likeWildcardsInAValueAreEscaped() {
        SqlCondition condition = compile("{\"field\": \"attribute.promo\", \"op\": \"contains\", \"value\": \"50%_OFF\\\\\"}");
        assertThat(condition.params()).containsEntry("p1", "%50\\%\\_off\\\\%");
        assertThat(condition.sql()).contains("like :p1 escape '\\'");
    }
}
