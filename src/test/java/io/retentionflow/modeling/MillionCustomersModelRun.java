package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
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
 * ({@link GeneratedCustomerBase}) and prints how long it took, and the heap used. Run by hand:
 * <pre>./mvnw -o test -Dtest=MillionCustomersModelRun -Dmodel.measure=1000000</pre>
 */
@RequiresPostgres
@EnabledIfSystemProperty(named = "model.measure", matches = "\\d+")
@ActiveProfiles("postgres")
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class MillionCustomersModelRun {

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
        long transactions = GeneratedCustomerBase.insert(jdbc, customers);
        System.out.printf("generated %,d customers, %,d transactions in %.1f s%n", customers, transactions,
                (System.nanoTime() - start) / 1e9);

        System.gc();
        long before = System.nanoTime();
        ModelFit fit = refresh.refresh(GeneratedCustomerBase.AS_OF);
        double seconds = (System.nanoTime() - before) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("model refresh of %,d customers: %.1f s, heap used after %d MB of max %d MB; %s%n",
                fit.customers(), seconds, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20, fit);

        assertThat(fit.customers()).isEqualTo(customers);
    }
}
