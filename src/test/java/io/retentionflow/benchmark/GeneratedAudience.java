package io.retentionflow.benchmark;

import io.retentionflow.campaigns.execution.ExecutionFixture;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Modelled customers generated in SQL on PostgreSQL, deterministically, for the benchmarks that start after the
 * model: customer {@code a-i} has an address unless {@code i % 50 == 0}, one of five countries, and a model row
 * whose stage, value tier, scores, P(alive) and CLV are spread over their ranges by fixed multiplicative hashes of
 * {@code i}, so rule-based target groups select realistic, overlapping shares of the base.
 */
final class GeneratedAudience {

    private GeneratedAudience() {
    }

    /** {@code customers} customers {@code a-1} … with model rows; with {@code inBronto}, each address a Bronto contact. */
    static void insert(JdbcTemplate jdbc, int customers, boolean inBronto) {
        long fit = ExecutionFixture.modelFit(jdbc);
        jdbc.update("""
                insert into customer (id, email, first_name, last_name, country, created_at, updated_at)
                select 'a-' || i, case when i % 50 = 0 then null else 'a-' || i || '@customers.example' end,
                       'Test', 'Customer', (array['DE', 'US', 'GB', 'FR', 'NL'])[1 + i % 5], now(), now()
                from generate_series(1, ?) i""", customers);
        jdbc.update("""
                insert into customer_model (customer_id, fit_id, days_since_last_purchase, frequency, purchases,
                    total_revenue, monetary, r_score, f_score, m_score, p_alive, expected_purchases_30,
                    expected_purchases_90, expected_order_value, clv, lifecycle_stage, value_tier, micro_segment)
                select 'a-' || i, ?, (i * 17) % 730, i % 5, 1 + i % 5, 20 * (1 + i % 5) + i % 100, 20 + i % 100,
                       1 + (i * 7) % 5, 1 + i % 5, 1 + (i * 3) % 5, ((i * 7919) % 1000) / 1000.0, 0.1, 0.3, 40,
                       (i * 31) % 500, stage, tier, stage || '/' || tier
                from generate_series(1::bigint, ?) i,
                     lateral (select (array['new', 'active', 'at_risk', 'lapsed', 'reactivated', 'prospect'])
                                         [1 + (i * 7) % 6] as stage,
                                     (array['high', 'medium', 'low'])[1 + (i * 13) % 3] as tier) segment""",
                fit, customers);
        if (inBronto) {
            jdbc.update("""
                    insert into sandbox_contact (email, status, msg_pref, source, created_at, modified_at)
                    select email, 'active', 'html', 'api', now(), now() from customer
                    where id like 'a-%' and email is not null""");
        }
        jdbc.execute("analyze");
    }

    /** A target group of the audience, by its rule in the product's JSON rule language. */
    static long targetGroup(JdbcClient jdbc, String name, String rule) {
        return jdbc.sql("""
                insert into target_group (name, rule_json, created_at, updated_at)
                values (:name, :rule, now(), now()) returning id""")
                .param("name", name).param("rule", rule).query(Long.class).single();
    }
}
