package io.retentionflow.modeling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rewrites {@code customer_model} in batches. Value tiers depend on every customer's lifetime
 * value, so rows are written with a placeholder tier and segment, set afterwards in two statements.
 */
@Component
class CustomerModelWriter {

    private static final int BATCH_SIZE = 2_000;
    private static final String INSERT = """
            insert into customer_model (customer_id, fit_id, first_purchase_date, last_purchase_date,
                days_since_last_purchase, frequency, purchases, total_revenue, monetary, r_score, f_score, m_score,
                p_alive, expected_purchases_30, expected_purchases_90, expected_order_value, clv,
                lifecycle_stage, value_tier, micro_segment)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'low', ?)""";

    private final JdbcTemplate jdbc;

    CustomerModelWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A writer for one refresh; call {@link Batch#close()} to write what is left. */
    Batch start(long fitId) {
        jdbc.update("delete from customer_model");
        return new Batch(fitId);
    }

    final class Batch implements AutoCloseable {
        private final long fitId;
        private final List<Object[]> pending = new ArrayList<>(BATCH_SIZE);

        private Batch(long fitId) {
            this.fitId = fitId;
        }

        void add(CustomerModelRow row) {
            pending.add(new Object[] {row.customerId(), fitId, Date.valueOf(row.firstPurchase()),
                Date.valueOf(row.lastPurchase()), row.daysSinceLastPurchase(), row.frequency(), row.purchases(),
                BigDecimal.valueOf(row.totalRevenue()).setScale(2, RoundingMode.HALF_UP), row.monetary(),
                row.rfm().recency(), row.rfm().frequency(), row.rfm().monetary(), row.probabilityAlive(),
                row.expectedPurchases30(), row.expectedPurchases90(), row.expectedOrderValue(), row.lifetimeValue(),
                row.stage().code(), ""});
            if (pending.size() == BATCH_SIZE) {
                flush();
            }
        }

        @Override
        public void close() {
            flush();
        }

        private void flush() {
            if (!pending.isEmpty()) {
                jdbc.batchUpdate(INSERT, pending);
                pending.clear();
            }
        }
    }

    /** Customers who have not bought yet: prospects, with no value the model could predict. */
    void addProspects(long fitId) {
        jdbc.update("""
                insert into customer_model (customer_id, fit_id, frequency, purchases, total_revenue, monetary,
                    r_score, f_score, m_score, p_alive, expected_purchases_30, expected_purchases_90,
                    expected_order_value, clv, lifecycle_stage, value_tier, micro_segment)
                select c.id, ?, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, ?, ?, ?
                from customer c where not exists (select 1 from customer_model m where m.customer_id = c.id)""",
                fitId, LifecycleStage.PROSPECT.code(), ValueTier.LOW.code(),
                new MicroSegment(LifecycleStage.PROSPECT, ValueTier.LOW).code());
    }

    long count() {
        return jdbc.queryForObject("select count(*) from customer_model", Long.class);
    }

    /** Tiers from every customer's lifetime value; prospects stay low, as they have no value to predict yet. */
    void assignValueTiers(ValueTiers tiers) {
        jdbc.update("""
                update customer_model
                set value_tier = case when clv >= ? then ? when clv >= ? then ? else ? end
                where lifecycle_stage <> ?""",
                tiers.highFrom(), ValueTier.HIGH.code(), tiers.mediumFrom(), ValueTier.MEDIUM.code(),
                ValueTier.LOW.code(), LifecycleStage.PROSPECT.code());
        jdbc.update("update customer_model set micro_segment = lifecycle_stage || '/' || value_tier");
    }
}
