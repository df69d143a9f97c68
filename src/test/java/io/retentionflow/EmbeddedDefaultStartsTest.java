package io.retentionflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The embedded default, as `./mvnw spring-boot:run` starts it: H2, the engine, its web apps, the sandbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:embedded-default;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"
})
class EmbeddedDefaultStartsTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    @Autowired
    Environment environment;

    @Test
    void theSandboxIsTheDefaultProfile() {
        assertThat(environment.getActiveProfiles()).isEmpty();
        assertThat(environment.getDefaultProfiles()).containsExactly("sandbox");
    }

    @Test
    void tasklistAndTheEngineRestApiAnswer() {
        assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> engines = http.getForEntity("/engine-rest/engine", String.class);
        assertThat(engines.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engines.getBody()).contains("\"name\":\"default\"");
    }

    @Test
    void theDemoLoginExistsAndIsAnAdministrator() {
        assertThat(engine.getIdentityService().checkPassword("demo", "demo")).isTrue();
        assertThat(engine.getIdentityService().checkPassword("demo", "wrong")).isFalse();
        assertThat(engine.getAuthorizationService().isUserAuthorized("demo", java.util.List.of("camunda-admin"),
                org.camunda.bpm.engine.authorization.Permissions.ALL,
                org.camunda.bpm.engine.authorization.Resources.APPLICATION, "*")).isTrue();
    }

    @Test
    void healthIsUp() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
    }

    @Test
    void theBrontoTokenIsNeverShownOverHttp() {
        String token = environment.getProperty("bronto.api-token");
        assertThat(token).isNotBlank();
        for (String path : new String[] {"/actuator/env", "/actuator/configprops", "/actuator/health",
                "/engine-rest/engine", "/sandbox/bronto/v4?wsdl"}) {
            assertThat(String.valueOf(http.getForEntity(path, String.class).getBody())).as(path).doesNotContain(token);
        }
    }
}
