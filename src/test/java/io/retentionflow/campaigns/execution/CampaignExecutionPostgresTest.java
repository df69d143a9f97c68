package io.retentionflow.campaigns.execution;


import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The campaign execution's steps on PostgreSQL, production's database, with the sandbox over HTTP. */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "imports.demo-data=false",
        "sandbox.pace-per-minute=0"})
@ActiveProfiles({"postgres", "sandbox"})
class CampaignExecutionPostgresTest extends CampaignExecutionContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "execution");
    }
}
