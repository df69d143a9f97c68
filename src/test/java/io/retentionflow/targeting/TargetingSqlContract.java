package io.retentionflow.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retentionflow.system.InvalidRequestException;
import io.retentionflow.targeting.TargetGroupPreview.Count;
import io.retentionflow.targeting.TargetGroupPreview.SampleCustomer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rules, previews and discovery evaluated by the real database against {@link CustomerFixture};
 * run once on H2 and once on PostgreSQL by the subclasses. Each test rolls back; the annotation
 * sits here because Spring looks for it on the class that declares the test method.
 */
@Transactional
abstract class TargetingSqlContract {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuleParser parser;

    @Autowired
    RuleCompiler compiler;

    @Autowired
    TargetGroupService targetGroups;

    @Autowired
    DiscoveryService discovery;

    @BeforeEach
    void customers() {
        CustomerFixture.insert(jdbc);
    }

    private List<String> members(String rule) {
        SqlCondition condition = compiler.compile(parser.parse(rule));
        return jdbc.sql("select c.id from " + TargetGroupSql.MEMBERS + " where " + condition.sql() + " order by c.id")
                .params(condition.params()).query(String.class).list();
    }

    @Test
    void choiceFields() {
        assertThat(members("{\"field\": \"stage\", \"op\": \"=\", \"value\": \"at_risk\"}")).containsExactly("c01", "c02", "c03");
        assertThat(members("{\"field\": \"stage\", \"op\": \"in\", \"value\": [\"lapsed\", \"reactivated\"]}"))
                .containsExactly("c06", "c07", "c10");
        assertThat(members("{\"field\": \"value_tier\", \"op\": \"!=\", \"value\": \"low\"}"))
                .containsExactly("c01", "c02", "c04", "c05", "c06", "c10");
    }

    @Test
    void numberFields() {
        assertThat(members("{\"field\": \"days_since_last_purchase\", \"op\": \">\", \"value\": 100}"))
                .containsExactly("c01", "c02", "c06", "c07");
        assertThat(members("{\"field\": \"days_since_last_purchase\", \"op\": \"between\", \"value\": [100, 150]}"))
                .containsExactly("c01", "c02", "c03");
        assertThat(members("{\"field\": \"days_since_last_purchase\", \"op\": \"is_null\"}")).containsExactly("c09");
        assertThat(members("{\"field\": \"p_alive\", \"op\": \"<\", \"value\": 0.3}")).containsExactly("c02", "c06", "c07");
        assertThat(members("{\"field\": \"clv\", \"op\": \"in\", \"value\": [10, 900.0]}")).containsExactly("c03", "c04");
        assertThat(members("{\"field\": \"r_score\", \"op\": \">=\", \"value\": 5}")).containsExactly("c04", "c08", "c10");
        assertThat(members("{\"field\": \"expected_purchases_90\", \"op\": \"<=\", \"value\": 0.25}"))
                .containsExactly("c02", "c06", "c07", "c09");
        assertThat(members("{\"field\": \"total_revenue\", \"op\": \">=\", \"value\": 300}")).containsExactly("c01", "c02", "c04");
    }

    @Test
    void textIgnoresCaseAndNegationMatchesMissingValues() {
        assertThat(members("{\"field\": \"country\", \"op\": \"=\", \"value\": \"de\"}")).containsExactly("c01", "c02", "c03", "c09");
        assertThat(members("{\"field\": \"country\", \"op\": \"!=\", \"value\": \"DE\"}"))
                .containsExactly("c04", "c05", "c06", "c07", "c08", "c10");
        assertThat(members("{\"field\": \"country\", \"op\": \"not_in\", \"value\": [\"DE\", \"fr\"]}"))
                .containsExactly("c05", "c06", "c07", "c10");
        assertThat(members("{\"not\": {\"field\": \"country\", \"op\": \"in\", \"value\": [\"DE\", \"fr\"]}}"))
                .containsExactly("c05", "c06", "c07", "c10");
        assertThat(members("{\"field\": \"country\", \"op\": \"is_null\"}")).containsExactly("c05");
        assertThat(members("{\"field\": \"country\", \"op\": \"starts_with\", \"value\": \"g\"}")).containsExactly("c10");
    }

    @Test
    void customAttributes() {
        assertThat(members("{\"field\": \"attribute.loyalty\", \"op\": \"=\", \"value\": \"gold\"}")).containsExactly("c01", "c04");
        assertThat(members("{\"field\": \"attribute.loyalty\", \"op\": \"!=\", \"value\": \"gold\"}"))
                .containsExactly("c02", "c03", "c05", "c06", "c07", "c08", "c09", "c10");
        assertThat(members("{\"field\": \"attribute.loyalty\", \"op\": \"is_not_null\"}")).containsExactly("c01", "c03", "c04");
        assertThat(members("{\"field\": \"attribute.no_such_column\", \"op\": \"is_not_null\"}")).isEmpty();
    }

    @Test
    void likeWildcardsInValuesAreLiteral() {
        assertThat(members("{\"field\": \"attribute.promo\", \"op\": \"contains\", \"value\": \"50%\"}")).containsExactly("c06");
        // an unescaped _ would match any character: "50%_OFF" and "50 OFF" both
        assertThat(members("{\"field\": \"attribute.promo\", \"op\": \"starts_with\", \"value\": \"50_\"}")).isEmpty();
        assertThat(members("{\"field\": \"attribute.promo\", \"op\": \"starts_with\", \"value\": \"50%_\"}")).containsExactly("c06");
        assertThat(members("{\"field\": \"attribute.promo\", \"op\": \"contains\", \"value\": \"off\"}")).containsExactly("c06", "c07");
    }

    @Test
    void andOrNot() {
        assertThat(members("{\"any\": [{\"field\": \"stage\", \"op\": \"=\", \"value\": \"new\"}, {\"field\": \"clv\", \"op\": \">=\", \"value\": 900}]}"))
                .containsExactly("c04", "c08");
        assertThat(members("{\"all\": [{\"field\": \"value_tier\", \"op\": \"=\", \"value\": \"high\"}, {\"not\": {\"field\": \"country\", \"op\": \"=\", \"value\": \"DE\"}}]}"))
                .containsExactly("c04");
    }

    @Test
    void aHostileValueSelectsNobodyAndHarmsNothing() {
        assertThat(members("{\"field\": \"country\", \"op\": \"=\", \"value\": \"'; drop table customer; --\"}")).isEmpty();
        assertThat(members("{\"field\": \"attribute.x\", \"op\": \"contains\", \"value\": \"' or '1'='1\"}")).isEmpty();
        assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isEqualTo(11);
    }

    @Test
    void previewOfTheAtRiskGroup() {
        TargetGroupPreview preview = targetGroups.preview("{\"field\": \"stage\", \"op\": \"=\", \"value\": \"at_risk\"}");

        assertThat(preview.size()).isEqualTo(3);
        assertThat(preview.withEmail()).isEqualTo(2);
        assertThat(preview.revenue()).isEqualByComparingTo("820.00");
        assertThat(preview.clv()).isEqualByComparingTo("610.00");
        assertThat(preview.valueAtRisk()).isEqualByComparingTo("354.00"); // 200 + 150 + 4
        assertThat(counts(preview.byStage())).containsExactly(Map.entry("new", 0L), Map.entry("active", 0L),
                Map.entry("at_risk", 3L), Map.entry("lapsed", 0L), Map.entry("reactivated", 0L), Map.entry("prospect", 0L));
        assertThat(counts(preview.byValueTier())).containsExactly(Map.entry("high", 2L), Map.entry("medium", 0L),
                Map.entry("low", 1L));
        assertThat(preview.sample()).extracting(SampleCustomer::id).containsExactly("c01", "c02", "c03");
        SampleCustomer first = preview.sample().get(0);
        assertThat(first.email()).isEqualTo("c01@example.com");
        assertThat(first.clv()).isEqualByComparingTo("400.00");
        assertThat(first.daysSinceLastPurchase()).isEqualTo(120);
    }

    @Test
    void previewOfAMixedGroup() {
        // lapsed or reactivated: c06, c07, c10
        TargetGroupPreview preview = targetGroups.preview(
                "{\"field\": \"stage\", \"op\": \"in\", \"value\": [\"lapsed\", \"reactivated\"]}");

        assertThat(preview.size()).isEqualTo(3);
        assertThat(preview.withEmail()).isEqualTo(2);
        assertThat(preview.revenue()).isEqualByComparingTo("325.00");
        assertThat(preview.clv()).isEqualByComparingTo("172.00");
        assertThat(preview.valueAtRisk()).isEqualByComparingTo("64.90"); // 18 + 1.9 + 45
        assertThat(counts(preview.byValueTier())).containsExactly(Map.entry("high", 0L), Map.entry("medium", 2L),
                Map.entry("low", 1L));
    }

    @Test
    void previewOfAnEmptyGroup() {
        TargetGroupPreview preview = targetGroups.preview("{\"field\": \"clv\", \"op\": \">\", \"value\": 10000}");
        assertThat(preview.size()).isZero();
        assertThat(preview.valueAtRisk()).isEqualByComparingTo("0");
        assertThat(preview.sample()).isEmpty();
    }

    @Test
    void discoveryShowsEveryCell() {
        List<DiscoveryCell> cells = discovery.cells();

        assertThat(cells).hasSize(18);
        assertThat(cells.stream().mapToLong(DiscoveryCell::customers).sum()).isEqualTo(10); // c11 has no model yet
        DiscoveryCell atRiskHigh = cell(cells, "at_risk", "high");
        assertThat(atRiskHigh.customers()).isEqualTo(2);
        assertThat(atRiskHigh.withEmail()).isEqualTo(1);
        assertThat(atRiskHigh.revenue()).isEqualByComparingTo("800.00");
        assertThat(atRiskHigh.clv()).isEqualByComparingTo("600.00");
        assertThat(atRiskHigh.valueAtRisk()).isEqualByComparingTo("350.00");
        DiscoveryCell activeHigh = cell(cells, "active", "high");
        assertThat(activeHigh.customers()).isEqualTo(1);
        assertThat(activeHigh.valueAtRisk()).isEqualByComparingTo("90.00");
        assertThat(cell(cells, "lapsed", "low").valueAtRisk()).isEqualByComparingTo("1.90");
        assertThat(cell(cells, "prospect", "low").customers()).isEqualTo(1);
        assertThat(cell(cells, "new", "high").customers()).isZero();
        assertThat(cells.get(0).stage()).isEqualTo("new");
        assertThat(cells.get(0).valueTier()).isEqualTo("high");
    }

    @Test
    void aDiscoveryCellBecomesATargetGroupOnce() {
        TargetGroup group = discovery.groupForCell("at_risk", "high");
        assertThat(group.name()).isEqualTo("At risk · high value");
        assertThat(targetGroups.preview(group.id()).size()).isEqualTo(2);

        assertThat(discovery.groupForCell("at_risk", "high").id()).isEqualTo(group.id());
        assertThatThrownBy(() -> discovery.groupForCell("at_risk", "huge")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("valueTier");
    }

    @Test
    void targetGroupsAreSavedOnlyWhenValid() {
        TargetGroup group = targetGroups.create(new TargetGroupDraft(" Lapsed ", null,
                "{ \"field\": \"stage\", \"op\": \"=\", \"value\": \"lapsed\" }"));
        assertThat(group.name()).isEqualTo("Lapsed");
        assertThat(group.ruleJson()).isEqualTo("{\"field\":\"stage\",\"op\":\"=\",\"value\":\"lapsed\"}");
        assertThat(targetGroups.preview(group.id()).size()).isEqualTo(2);

        assertThatThrownBy(() -> targetGroups.create(new TargetGroupDraft("Lapsed", null, "{\"field\": \"x\"}")))
                .isInstanceOfSatisfying(InvalidTargetGroupException.class, e -> assertThat(e.errors())
                        .containsEntry("name", "name: a target group named 'Lapsed' exists already")
                        .containsEntry("rule", "rule.field: unknown field 'x'"));

        TargetGroup renamed = targetGroups.update(group.id(), new TargetGroupDraft("Lapsed, all", "every lapsed customer",
                "{\"field\": \"stage\", \"op\": \"=\", \"value\": \"lapsed\"}"));
        assertThat(renamed.name()).isEqualTo("Lapsed, all");
        targetGroups.delete(group.id());
        assertThat(targetGroups.list()).isEmpty();
    }

    private static Map<String, Long> counts(List<Count> counts) {
        return counts.stream().collect(Collectors.toMap(Count::code, Count::customers, (a, b) -> a,
                LinkedHashMap::new));
    }

    private static DiscoveryCell cell(List<DiscoveryCell> cells, String stage, String tier) {
        return cells.stream().filter(cell -> cell.stage().equals(stage) && cell.valueTier().equals(tier)).findFirst()
                .orElseThrow();
    }
}
