package io.retentionflow.modeling;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A base of customers generated in SQL, deterministically: customer i buys on 1 + i % 5 days spread
 * over the two years before {@link #AS_OF}, so a fifth are one-time buyers. Shared by the model's
 * measurement and the benchmark suite, so both fit the same data.
 */
public final class GeneratedCustomerBase {

    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private GeneratedCustomerBase() {
    }

    /** Inserts customers c1 … cN and their purchases into empty tables; returns the number of purchases. */
    public static long insert(JdbcTemplate jdbc, int customers) {
        jdbc.update("""
                insert into customer (id, email, created_at, updated_at)
                select 'c' || i, 'c' || i || '@example.com', now(), now() from generate_series(1, ?) i""", customers);
        jdbc.update("""
                insert into customer_transaction (id, customer_id, occurred_at, amount)
                select 't' || i || '-' || k, 'c' || i,
                       timestamptz '2024-07-01 12:00+00' + ((i::bigint * 7919 + k * 104729) % 730) * interval '1 day',
                       10 + (i::bigint * 31 + k * 17) % 90
                from generate_series(1, ?) i cross join generate_series(0, 4) k
                where k <= i % 5""", customers);
        jdbc.execute("analyze");
        return jdbc.queryForObject("select count(*) from customer_transaction", Long.class);
    }
}
