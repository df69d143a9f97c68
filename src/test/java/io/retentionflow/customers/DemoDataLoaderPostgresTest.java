package io.retentionflow.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two nodes starting at once on one PostgreSQL database load the demo data once. */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class DemoDataLoaderPostgresTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "imports_demo");
    }

    @Autowired
    ImportProperties properties;

    @Autowired
    ImportService imports;

    @Autowired
    ImportLocks locks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** The loader as each node has it (this context runs without the sandbox profile, so it has none of its own). */
    private DemoDataLoader node() {
        return new DemoDataLoader(properties, imports, locks, jdbc, new TransactionTemplate(transactions));
    }

    @Test
    void twoNodesStartingTogetherLoadTheDemoDataOnce() {
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> node().run(new DefaultApplicationArguments()));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> node().run(new DefaultApplicationArguments()));
        CompletableFuture.allOf(first, second).join();

        assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isEqualTo(2_357);
        assertThat(jdbc.sql("select count(*) from customer_transaction").query(Long.class).single()).isEqualTo(6_919);
        assertThat(jdbc.sql("select count(*) from data_import").query(Long.class).single()).isEqualTo(2);
    }
}
