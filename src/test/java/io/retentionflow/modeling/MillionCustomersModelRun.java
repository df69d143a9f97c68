package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A measurement, not a test: refreshes the model of a generated base of customers on PostgreSQL
 * and prints how long it took, and the heap used. Run by hand:
 * <pre>./mvnw -o test -Dtest=MillionCustomersModelRun -Dmodel.measure=1000000</pre>
 * The base is generated in SQL, deterministically: customer i buys on 1 + i % 5 days spread
 * over two years before the as-of date, so a fifth are one-time buyers.
 */
@RequiresPostgres
@EnabledIfSystemProperty(named = "model.measure", matches = "\\d+")
@ActiveProfiles("postgres")
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class MillionCustomersModelRun {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "model_measure");
    }

    @Autowired
    ModelRefreshService refresh;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refreshTheModelOfAMillionCustomers() {
        int customers = Integer.parseInt(System.getProperty("model.measure"));
        long start = System.nanoTime();
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
        long transactions = jdbc.queryForObject("select count(*) from customer_transaction", Long.class);
        System.out.printf("generated %,d customers, %,d transactions in %.1f s%n", customers, transactions,
                (System.nanoTime() - start) / 1e9);

        System.gc();
        long before = System.nanoTime();
        ModelFit fit = refresh.refresh(AS_OF);
        double seconds = (System.nanoTime() - before) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("model refresh of %,d customers: %.1f s, heap used after %d MB of max %d MB; %s%n",
                fit.customers(), seconds, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20, fit);

        assertThat(fit.customers()).isEqualTo(customers);
    }
}
