package io.retentionflow.customers;

import org.springframework.boot.test.context.SpringBootTest;

/** The import on the embedded default's database, H2 (regular mode, as Camunda needs it). */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:imports-service;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "imports.demo-data=false"
})
class ImportServiceH2Test extends ImportServiceContract {
}
