package io.retentionflow.modeling;

import io.retentionflow.system.CopyIn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rewrites {@code customer_model}, {@link #ROWS_PER_WRITE} rows at a time. On PostgreSQL the rows go in by COPY:
 * as a JDBC batch, PostgreSQL plans and runs every row as a statement of its own, and at a million customers that
 * was a large part of the refresh. Any other database (H2, embedded) takes the batch.
 */
@Component
class CustomerModelWriter {

    static final int ROWS_PER_WRITE = 5_000;
    static final String COLUMNS = """
            customer_id, fit_id, first_purchase_date, last_purchase_date, days_since_last_purchase, frequency,
            purchases, total_revenue, monetary, r_score, f_score, m_score, p_alive, expected_purchases_30,
            expected_purchases_90, expected_order_value, clv, lifecycle_stage, value_tier, micro_segment""";
    private static final String INSERT = "insert into customer_model (" + COLUMNS + ") values ("
            + String.join(", ", Collections.nCopies(20, "?")) + ")";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    CustomerModelWriter(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A writer for one refresh, inside its transaction; call {@link Batch#close()} to write what is left. */
    Batch start(long fitId) {
        jdbc.update("delete from customer_model");
        return new Batch(fitId, rowWriter());
    }

    /** COPY on the transaction's own connection where it is PostgreSQL's, else a JDBC batch. */
    private Consumer<List<Object[]>> rowWriter() {
        return CopyIn.into(dataSource, "customer_model", COLUMNS).<Consumer<List<Object[]>>>map(copy -> copy::write)
                .orElse(rows -> jdbc.batchUpdate(INSERT, rows));
    }

    final class Batch implements AutoCloseable {
        private final long fitId;
        private final Consumer<List<Object[]>> write;
        private final List<Object[]> pending = new ArrayList<>(ROWS_PER_WRITE);

        private Batch(long fitId, Consumer<List<Object[]>> write) {
            this.fitId = fitId;
            this.write = write;
        }

        /** Values in the order of {@link #COLUMNS}, as JDBC binds them. */
        void add(CustomerModelRow row) {
            pending.add(new Object[] {row.customerId(), fitId, Date.valueOf(row.firstPurchase()),
                Date.valueOf(row.lastPurchase()), row.daysSinceLastPurchase(), row.frequency(), row.purchases(),
                BigDecimal.valueOf(row.totalRevenue()).setScale(2, RoundingMode.HALF_UP), row.monetary(),
                row.rfm().recency(), row.rfm().frequency(), row.rfm().monetary(), row.probabilityAlive(),
                row.expectedPurchases30(), row.expectedPurchases90(), row.expectedOrderValue(), row.lifetimeValue(),
                row.segment().stage().code(), row.segment().tier().code(), row.segment().code()});
            if (pending.size() == ROWS_PER_WRITE) {
                flush();
            }
        }

        @Override
        public void close() {
            flush();
        }

        private void flush() {
            if (!pending.isEmpty()) {
                write.accept(pending);
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
}
