package io.retentionflow.modeling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams every customer's purchase history up to a date, one customer at a time and in customer
 * id order, so a million customers never sit in memory together. PostgreSQL streams only inside a
 * transaction with a fetch size, hence {@link Transactional}.
 */
@Component
class PurchaseHistoryReader {

    private static final int FETCH_SIZE = 10_000;

    private final JdbcTemplate jdbc;
    private final ModelProperties properties;

    PurchaseHistoryReader(JdbcTemplate jdbc, ModelProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Histories of the purchases made up to and including {@code asOf}, in the model's zone. */
    @Transactional(readOnly = true)
    public void forEachHistory(LocalDate asOf, Consumer<CustomerHistory> action) {
        CalibrationPeriod period = new CalibrationPeriod(LocalDate.of(1900, 1, 1), asOf, properties.daysPerTimeUnit());
        OffsetDateTime before = asOf.plusDays(1).atStartOfDay(properties.zone()).toOffsetDateTime();
        CustomerGrouping grouping = new CustomerGrouping(period, action);
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        streaming.query("""
                select customer_id, occurred_at, amount from customer_transaction
                where occurred_at < ? order by customer_id, occurred_at""", grouping, before);
        grouping.flush();
    }

    /** Collects consecutive rows of one customer and hands their history on when the customer changes. */
    private final class CustomerGrouping implements RowCallbackHandler {
        private final CalibrationPeriod period;
        private final Consumer<CustomerHistory> action;
        private final List<Purchase> purchases = new ArrayList<>();
        private String customerId;

        CustomerGrouping(CalibrationPeriod period, Consumer<CustomerHistory> action) {
            this.period = period;
            this.action = action;
        }

        @Override
        public void processRow(ResultSet row) throws SQLException {
            String id = row.getString(1);
            if (!id.equals(customerId)) {
                flush();
                customerId = id;
            }
            LocalDate day = row.getObject(2, OffsetDateTime.class).atZoneSameInstant(properties.zone()).toLocalDate();
            purchases.add(new Purchase(id, day, row.getBigDecimal(3).doubleValue()));
        }

        void flush() {
            if (!purchases.isEmpty()) {
                period.summarize(purchases).forEach(action);
                purchases.clear();
            }
        }
    }
}
