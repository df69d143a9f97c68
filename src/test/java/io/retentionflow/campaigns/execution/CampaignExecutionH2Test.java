package io.retentionflow.campaigns.execution;


import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The campaign execution's steps on the embedded default: H2 (regular mode) and the sandbox over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:execution-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "imports.demo-data=false",
        "sandbox.pace-per-minute=0"})
@ActiveProfiles("sandbox")
class CampaignExecutionH2Test extends CampaignExecutionContract {}
