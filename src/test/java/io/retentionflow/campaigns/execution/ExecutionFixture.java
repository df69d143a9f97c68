package io.retentionflow.campaigns.execution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers, their model rows, a target group and a campaign plan written straight into the tables. Each test
 * tags its customers with a country of its own, and its target group is "country = tag", so tests sharing a
 * database never see each other's members.
 */
public final class ExecutionFixture {

    /** A demo customer: the sandbox holds a contact for its address unless {@code demoId % 25 == 0}. */
    public record DemoCustomer(int demoId, String email) {

        public boolean inBronto() {
            return demoId % 25 != 0;
        }
    }

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private ExecutionFixture() {}

    /** The first {@code count} customers of the demo file with an address, which the sandbox was seeded with. */
    public static List<DemoCustomer> demoCustomers(int count) {
        List<DemoCustomer> customers = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/customers.csv").getInputStream(), StandardCharsets.UTF_8))) {
            lines.readLine();
            for (String line = lines.readLine(); line != null && customers.size() < count; line = lines.readLine()) {
                String[] fields = line.split(",", -1);
                if (!fields[1].isBlank()) {
                    customers.add(new DemoCustomer(Integer.parseInt(fields[0]), fields[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return customers;
    }

    static String customerId(String tag, int demoId) {
        return tag + "-" + demoId;
    }

    /** Writes the customers (id {@code tag-demoId}) and {@code withoutEmail} more without an address, all modelled. */
    public static void insertMembers(JdbcTemplate jdbc, String tag, List<DemoCustomer> customers, int withoutEmail) {
        List<Object[]> rows = new ArrayList<>();
        customers.forEach(c -> rows.add(new Object[] {customerId(tag, c.demoId()), c.email(), tag}));
        for (int i = 0; i < withoutEmail; i++) {
            rows.add(new Object[] {tag + "-none-" + i, null, tag});
        }
        insertRows(jdbc, rows);
    }

    /**
     * {@code count} customers of the target group {@code tag} with addresses of their own, each also an active
     * contact of the sandbox's account (so every one can be added to a list); ids {@code tag-1} … {@code tag-count}.
     */
    public static void insertMembersKnownToBronto(JdbcTemplate jdbc, String tag, int count) {
        List<DemoCustomer> customers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            customers.add(new DemoCustomer(i, tag + "-" + i + "@customers.example"));
        }
        insertMembers(jdbc, tag, customers, 0);
        List<Object[]> contacts = customers.stream().map(c -> new Object[] {c.email(), NOW, NOW}).toList();
        jdbc.batchUpdate("""
                insert into sandbox_contact (email, status, msg_pref, source, created_at, modified_at)
                values (?, 'active', 'html', 'api', ?, ?)""", contacts);
        // with the names the customers have, so a contact sync finds nothing to write
        for (String[] name : List.of(new String[] {"firstname", "Test"}, new String[] {"lastname", "Customer"})) {
            jdbc.update("""
                    insert into sandbox_contact_field (contact_id, field_id, content)
                    select c.id, f.id, ? from sandbox_contact c, sandbox_field f
                    where f.name = ? and c.email like ?""", name[1], name[0], tag + "-%@customers.example");
        }
    }

    /** {@code rows}: customer id, email (or null), country; every one gets a model row in stage at_risk. */
    static void insertRows(JdbcTemplate jdbc, List<Object[]> rows) {
        long fit = modelFit(jdbc);
        for (int from = 0; from < rows.size(); from += 5_000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 5_000));
            jdbc.batchUpdate("""
                    insert into customer (id, email, first_name, last_name, country, created_at, updated_at)
                    values (?, ?, 'Test', 'Customer', ?, ?, ?)""",
                    chunk.stream().map(r -> new Object[] {r[0], r[1], r[2], NOW, NOW}).toList());
            jdbc.batchUpdate("""
                    insert into customer_model (customer_id, fit_id, days_since_last_purchase, frequency, purchases,
                        total_revenue, monetary, r_score, f_score, m_score, p_alive, expected_purchases_30,
                        expected_purchases_90, expected_order_value, clv, lifecycle_stage, value_tier, micro_segment)
                    values (?, ?, 120, 2, 3, 90.00, 30, 2, 3, 3, 0.4, 0.1, 0.3, 30, 80, 'at_risk', 'high', 'at_risk/high')""",
                    chunk.stream().map(r -> new Object[] {r[0], fit}).toList());
        }
    }

    /** The model fit every model row refers to: the existing one, or the published CDNOW parameters. */
    public static long modelFit(JdbcTemplate jdbc) {
        Long existing = jdbc.queryForObject("select max(id) from model_fit", Long.class);
        if (existing != null) {
            return existing;
        }
        // the published CDNOW parameters: a fit the product can read back, as a restarted node does
        jdbc.update("""
                insert into model_fit (as_of, time_unit, fitted_at, customers, customers_fitted, spenders_fitted,
                    bgnbd_r, bgnbd_alpha, bgnbd_a, bgnbd_b, bgnbd_log_likelihood, gg_p, gg_q, gg_gamma,
                    gg_log_likelihood, clv_horizon_months)
                values (date '2025-06-01', 'weeks', ?, 0, 0, 0, 0.243, 4.414, 0.793, 2.426, -9582.4, 6.25, 3.74, 15.44,
                    -4000, 12)""", NOW);
        return jdbc.queryForObject("select max(id) from model_fit", Long.class);
    }

    public static long targetGroup(JdbcClient jdbc, String tag) {
        jdbc.sql("""
                insert into target_group (name, rule_json, created_at, updated_at)
                values (:name, :rule, :now, :now)""")
                .param("name", "group " + tag).param("rule", "{\"field\":\"country\",\"op\":\"=\",\"value\":\"" + tag + "\"}")
                .param("now", NOW).update();
        return jdbc.sql("select id from target_group where name = :name").param("name", "group " + tag)
                .query(Long.class).single();
    }

    /** A plan sending on {@code date} at 09:30 Berlin time, with an A/B test when {@code templateB} is given. */
    public static long plan(JdbcClient jdbc, String tag, long groupId, String templateA, String templateB, LocalDate date,
            String fromEmail) {
        jdbc.sql("""
                insert into campaign_plan (name, target_group_id, template_id, template_name, variant_template_id,
                    variant_template_name, split_a_percent, send_time, time_zone, start_date, end_date, weekdays,
                    control_percent, from_name, from_email, reply_to, active, created_at, updated_at)
                values (:name, :groupId, :a, 'Template A', :b, :bName, :split, time '09:30:00', 'Europe/Berlin', :date,
                    :date, null, 10, 'Win-back team', :fromEmail, null, true, :now, :now)""")
                .param("name", "plan " + tag).param("groupId", groupId).param("a", templateA).param("b", templateB)
                .param("bName", templateB == null ? null : "Template B").param("split", templateB == null ? null : 50)
                .param("date", date).param("fromEmail", fromEmail).param("now", NOW).update();
        return jdbc.sql("select id from campaign_plan where name = :name").param("name", "plan " + tag)
                .query(Long.class).single();
    }
}
