package io.retentionflow.bronto.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with the sandbox profile on a private in-memory H2, the job executor off. Tests that share
 * this configuration share one context, so each test creates what it reads under names of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sandbox-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "bronto.api-token=" + SandboxSoap.TOKEN,
        "sandbox.seed-demo=true"})
@ActiveProfiles("sandbox")
@interface SandboxIntegrationTest {
}
