package io.retentionflow.analysis;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The campaign analysis on PostgreSQL, production's database: the sums and filters in its SQL dialect. */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "imports.demo-data=false",
        "sandbox.pace-per-minute=0"})
@ActiveProfiles({"postgres", "sandbox"})
class AnalysisPostgresTest extends AnalysisContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "analysis");
    }
}
