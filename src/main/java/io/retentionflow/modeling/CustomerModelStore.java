package io.retentionflow.modeling;

import io.retentionflow.customers.CustomerModelSource;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A customer's row of the latest model, for {@code GET /api/customers/{id}}. */
@Component
class CustomerModelStore implements CustomerModelSource {

    /** What the model says about one customer, as the API shows it. */
    record CustomerModel(
            LocalDate asOf,
            String lifecycleStage,
            String valueTier,
            String microSegment,
            Integer daysSinceLastPurchase,
            int frequency,
            int purchases,
            double totalRevenue,
            double monetary,
            String rfm,
            double probabilityAlive,
            double expectedPurchases30,
            double expectedPurchases90,
            double expectedOrderValue,
            double lifetimeValue) {}

    private final JdbcClient jdbc;

    CustomerModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CustomerModel> modelOf(String customerId) {
        return jdbc.sql("""
                select f.as_of, m.* from customer_model m join model_fit f on f.id = m.fit_id
                where m.customer_id = ?""")
                .param(customerId)
                .query((row, n) -> new CustomerModel(row.getObject("as_of", LocalDate.class),
                        row.getString("lifecycle_stage"), row.getString("value_tier"), row.getString("micro_segment"),
                        (Integer) row.getObject("days_since_last_purchase", Integer.class), row.getInt("frequency"),
                        row.getInt("purchases"), row.getDouble("total_revenue"), row.getDouble("monetary"),
                        "" + row.getInt("r_score") + row.getInt("f_score") + row.getInt("m_score"),
                        row.getDouble("p_alive"), row.getDouble("expected_purchases_30"),
                        row.getDouble("expected_purchases_90"), row.getDouble("expected_order_value"),
                        row.getDouble("clv")))
                .optional();
    }
}
