package io.retentionflow.modeling;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("model-test")
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:model-refresh;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"
})
class ModelRefreshH2Test extends ModelRefreshContract {}
