package io.retentionflow.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retentionflow.campaigns.execution.ExecutionFixture;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V9 on a database that already holds plans and runs, as an installation upgraded to it does. */
class AbTestMetricMigrationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-06-01T00:00Z");

    @Test
    void theAbTestsOfBeforeAreDecidedOnClicksAndNothingButOpensOrClicksIsStored() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:ab-test-metric-migration;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).target("8").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        long group = ExecutionFixture.targetGroup(jdbc, "V9");
        long abTest = plan(jdbc, group, "m2");
        long single = plan(jdbc, group, null);
        execution(jdbc, group, abTest, "m2");
        execution(jdbc, group, single, null);

        Flyway.configure().dataSource(database).load().migrate();

        assertThat(metrics(jdbc, "select id, ab_test_metric from campaign_plan"))
                .containsExactlyInAnyOrder(abTest + "=clicks", single + "=null");
        assertThat(metrics(jdbc, "select campaign_plan_id, ab_test_metric from campaign_execution"))
                .containsExactlyInAnyOrder(abTest + "=clicks", single + "=null");
        assertThatThrownBy(() -> jdbc.sql("update campaign_plan set ab_test_metric = 'views' where id = :id")
                .param("id", abTest).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update campaign_execution set ab_test_metric = 'CLICKS'").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static long plan(JdbcClient jdbc, long group, String variant) {
        String name = variant == null ? "one template" : "A/B";
        jdbc.sql("""
                insert into campaign_plan (name, target_group_id, template_id, variant_template_id, split_a_percent,
                    send_time, time_zone, start_date, end_date, control_percent, active, created_at, updated_at)
                values (:name, :group, 'm1', :variant, :split, time '09:30:00', 'UTC', date '2025-06-02',
                    date '2025-06-02', 10, true, :now, :now)""")
                .param("name", name).param("group", group).param("variant", variant)
                .param("split", variant == null ? null : 50).param("now", NOW).update();
        return jdbc.sql("select id from campaign_plan where name = :name").param("name", name).query(Long.class).single();
    }

    private static void execution(JdbcClient jdbc, long group, long plan, String variant) {
        jdbc.sql("""
                insert into campaign_execution (campaign_plan_id, run_date, business_key, campaign_name, target_group_id,
                    template_id, variant_template_id, control_percent, send_at, time_zone, from_name, from_email,
                    reply_to, opened_at)
                values (:plan, :date, :key, 'run', :group, 'm1', :variant, 10, :now, 'UTC', 'Shop', 'news@shop.example',
                    'care@shop.example', :now)""")
                .param("plan", plan).param("group", group).param("date", LocalDate.of(2025, 6, 2)).param("key", plan + "/2025-06-02")
                .param("variant", variant).param("now", NOW).update();
    }

    /** {@code planId=metric} of each row the query reads. */
    private static List<String> metrics(JdbcClient jdbc, String query) {
        return jdbc.sql(query).query((rs, row) -> rs.getLong(1) + "=" + rs.getString(2)).list();
    }
}
