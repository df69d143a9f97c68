package io.retentionflow.analysis;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The campaign analysis on the embedded default, H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:execution-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "imports.demo-data=false",
        "sandbox.pace-per-minute=0"})
@ActiveProfiles("sandbox")
class AnalysisH2Test extends AnalysisContract {}
