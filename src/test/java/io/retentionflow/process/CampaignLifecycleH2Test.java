package io.retentionflow.process;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:campaign-lifecycle;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.job-execution.wait-time-in-millis=200",
    "camunda.bpm.job-execution.max-wait=1000",
    "campaigns.approval-lead-time=PT0S",
    "campaigns.metrics-pull-interval=PT1S",
    "imports.demo-data=false"
})
class CampaignLifecycleH2Test extends CampaignLifecycleContract {}
