package io.retentionflow.modeling;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class ModelRefreshPostgresTest extends ModelRefreshContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "model_refresh");
    }
}
