package io.retentionflow.contacts;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:contact-sync;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"
})
class ContactSyncH2Test extends ContactSyncContract {}
