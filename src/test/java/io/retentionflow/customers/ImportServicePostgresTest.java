package io.retentionflow.customers;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The import on PostgreSQL: rows staged with COPY, the same outcomes as on H2. */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class ImportServicePostgresTest extends ImportServiceContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "imports");
    }
}
