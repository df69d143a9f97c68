package io.retentionflow.targeting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ten modelled customers and one imported after the last model refresh, written straight into
 * {@code customer} and {@code customer_model}; the expectations of the SQL tests are worked out by
 * hand from this table.
 *
 * <pre>
 * id   email   country stage        tier    revenue  clv  p_alive days  r f m  attributes
 * c01  yes     DE      at_risk      high     500.00  400  0.50    120   2 4 5  loyalty=Gold
 * c02  -       DE      at_risk      high     300.00  200  0.25    150   1 3 4
 * c03  yes     de      at_risk      low       20.00   10  0.60    100   2 1 1  loyalty=silver
 * c04  yes     FR      active       high    1000.00  900  0.90      5   5 5 5  loyalty=GOLD
 * c05  yes     -       active       medium   100.00   80  0.80     20   4 2 3
 * c06  yes     US      lapsed       medium    60.00   20  0.10    400   1 2 3  promo=50%_OFF
 * c07  -       US      lapsed       low       15.00    2  0.05    500   1 1 1  promo=50 OFF
 * c08  yes     FR      new          low       30.00   50  0.95      3   5 1 2
 * c09  yes     DE      prospect     low        0.00    0  1.00      -   0 0 0
 * c10  yes     GB      reactivated  medium   250.00  150  0.70     10   5 3 4
 * c11  yes     DE      (no model row)
 * </pre>
 *
 * Value at risk, CLV × (1 − P(alive)): c01 200, c02 150, c03 4, c04 90, c05 16, c06 18, c07 1.9,
 * c08 2.5, c09 0, c10 45.
 */
final class CustomerFixture {

    private CustomerFixture() {}

    static void insert(JdbcClient jdbc) {
        OffsetDateTime now = OffsetDateTime.of(2025, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        long fit = jdbc.sql("select coalesce(max(id), 0) + 1 from model_fit").query(Long.class).single();
        jdbc.sql("""
                insert into model_fit (id, as_of, time_unit, fitted_at, customers, customers_fitted, spenders_fitted,
                    clv_horizon_months)
                values (:id, date '2025-06-01', 'days', :now, 10, 9, 9, 12)""").param("id", fit).param("now", now).update();
        customer(jdbc, now, "c01", true, "DE");
        customer(jdbc, now, "c02", false, "DE");
        customer(jdbc, now, "c03", true, "de");
        customer(jdbc, now, "c04", true, "FR");
        customer(jdbc, now, "c05", true, null);
        customer(jdbc, now, "c06", true, "US");
        customer(jdbc, now, "c07", false, "US");
        customer(jdbc, now, "c08", true, "FR");
        customer(jdbc, now, "c09", true, "DE");
        customer(jdbc, now, "c10", true, "GB");
        customer(jdbc, now, "c11", true, "DE");
        model(jdbc, fit, "c01", "at_risk", "high", "500.00", 400, 0.50, 120, 2, 4, 5);
        model(jdbc, fit, "c02", "at_risk", "high", "300.00", 200, 0.25, 150, 1, 3, 4);
        model(jdbc, fit, "c03", "at_risk", "low", "20.00", 10, 0.60, 100, 2, 1, 1);
        model(jdbc, fit, "c04", "active", "high", "1000.00", 900, 0.90, 5, 5, 5, 5);
        model(jdbc, fit, "c05", "active", "medium", "100.00", 80, 0.80, 20, 4, 2, 3);
        model(jdbc, fit, "c06", "lapsed", "medium", "60.00", 20, 0.10, 400, 1, 2, 3);
        model(jdbc, fit, "c07", "lapsed", "low", "15.00", 2, 0.05, 500, 1, 1, 1);
        model(jdbc, fit, "c08", "new", "low", "30.00", 50, 0.95, 3, 5, 1, 2);
        model(jdbc, fit, "c09", "prospect", "low", "0.00", 0, 1.00, null, 0, 0, 0);
        model(jdbc, fit, "c10", "reactivated", "medium", "250.00", 150, 0.70, 10, 5, 3, 4);
        attribute(jdbc, "c01", "loyalty", "Gold");
        attribute(jdbc, "c03", "loyalty", "silver");
        attribute(jdbc, "c04", "loyalty", "GOLD");
        attribute(jdbc, "c06", "promo", "50%_OFF");
        attribute(jdbc, "c07", "promo", "50 OFF");
    }

    private static void customer(JdbcClient jdbc, OffsetDateTime now, String id, boolean email, String country) {
        jdbc.sql("""
                insert into customer (id, email, first_name, last_name, country, created_at, updated_at)
                values (:id, :email, :first, 'Tester', :country, :now, :now)""")
                .param("id", id).param("email", email ? id + "@example.com" : null).param("first", "First " + id)
                .param("country", country).param("now", now).update();
    }

    private static void model(JdbcClient jdbc, long fit, String id, String stage, String tier, String revenue,
            double clv, double pAlive, Integer days, int r, int f, int m) {
        jdbc.sql("""
                insert into customer_model (customer_id, fit_id, days_since_last_purchase, frequency, purchases,
                    total_revenue, monetary, r_score, f_score, m_score, p_alive, expected_purchases_30,
                    expected_purchases_90, expected_order_value, clv, lifecycle_stage, value_tier, micro_segment)
                values (:id, :fit, :days, :f, :f, :revenue, 10, :r, :f, :m, :pAlive, :e30, :e90, 10, :clv, :stage,
                    :tier, :segment)""")
                .param("id", id).param("fit", fit).param("days", days).param("f", f)
                .param("revenue", new BigDecimal(revenue)).param("r", r).param("m", m)
                .param("pAlive", pAlive).param("e30", r / 10.0).param("e90", r / 4.0).param("clv", clv)
                .param("stage", stage).param("tier", tier).param("segment", stage + "/" + tier).update();
    }

    private static void attribute(JdbcClient jdbc, String id, String name, String value) {
        jdbc.sql("insert into customer_attribute (customer_id, attribute_name, attribute_value) values (:id, :name, :value)")
                .param("id", id).param("name", name).param("value", value).update();
    }
}
