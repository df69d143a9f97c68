package io.retentionflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.support.PlainHttp;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** The embedded default, as `./mvnw spring-boot:run` starts it: H2, the engine, its web apps, the sandbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:embedded-default;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.wait-time-in-millis=200",
    "camunda.bpm.job-execution.max-wait=1000"
})
class EmbeddedDefaultStartsTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    Environment environment;

    private PlainHttp http;

    @BeforeEach
    void visitor() {
        http = new PlainHttp(port);
    }

    /**
     * Wrong passwords go to a user of their own: Camunda delays the next login of a user after a
     * failed one, which would make demo's next, correct login fail too.
     */
    private String userForWrongPasswords() {
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("probe").count() == 0) {
            var probe = identity.newUser("probe");
            probe.setPassword("probe-password");
            identity.saveUser(probe);
        }
        return "probe";
    }

    @Test
    void theSandboxIsTheDefaultProfile() {
        assertThat(environment.getActiveProfiles()).isEmpty();
        assertThat(environment.getDefaultProfiles()).containsExactly("sandbox");
    }

    @Test
    void tasklistAndTheEngineRestApiAnswer() {
        assertThat(http.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> engines = http.get("/engine-rest/engine", "demo", "demo");
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("\"name\":\"default\"");
    }

    @Test
    void theEngineRestApiWantsACamundaUser() {
        assertThat(http.get("/engine-rest/process-instance").statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/process-instance", userForWrongPasswords(), "wrong").statusCode())
                .isEqualTo(401);
        assertThat(http.get("/engine-rest/process-instance", "demo", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void theProductPagesWantALogin() {
        HttpResponse<String> home = http.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
        assertThat(http.get("/", userForWrongPasswords(), "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> signedIn = http.get("/", "demo", "demo");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("<title>Home · Retention Flow</title>");
        assertThat(http.get("/login").body()).contains("Sign in");
    }

    @Test
    void aBrowserSessionCannotPostWithoutItsCsrfToken() {
        String session = http.get("/login").headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];

        HttpResponse<String> forged = http.send(http.request("/logout").header("Cookie", session)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void theDemoLoginExistsAndIsAnAdministrator() {
        assertThat(engine.getIdentityService().checkPassword("demo", "demo")).isTrue();
        assertThat(engine.getIdentityService().checkPassword(userForWrongPasswords(), "wrong")).isFalse();
        assertThat(engine.getAuthorizationService().isUserAuthorized(
                "demo", List.of("camunda-admin"), Permissions.ALL, Resources.APPLICATION, "*")).isTrue();
    }

    @Test
    void startsWithTheDemoCustomersTheirPurchasesAndAModel() {
        HttpResponse<String> model = http.get("/api/model", "demo", "demo");
        assertThat(model.statusCode()).isEqualTo(200);
        assertThat(model.body()).contains("\"customers\":2357").contains("\"asOf\":\""
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1) + "\"");
        assertThat(http.get("/api/discovery", "demo", "demo").body()).contains("at_risk");
    }

    @Test
    void theDemoWaitsForApprovalInTasklistWithItsFormsDeployed() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                engine.getTaskService().createTaskQuery().taskCandidateGroup("marketers")
                        .taskDefinitionKey("userTask_approveTemplate").count() == 2);
        assertThat(engine.getIdentityService().createUserQuery().userId("demo").memberOfGroup("marketers").count())
                .isOne();
        var repository = engine.getRepositoryService();
        var deployed = repository.createDeploymentQuery().list().stream()
                .flatMap(deployment -> repository.getDeploymentResourceNames(deployment.getId()).stream()).toList();
        for (String form : List.of("forms/approve-template.form", "forms/fix-campaign.form", "forms/clean-up-lists.form")) {
            assertThat(deployed).anySatisfy(name -> assertThat(name).endsWith(form));
        }
    }

    @Test
    void healthIsUp() {
        HttpResponse<String> health = http.send(http.request("/actuator/health").GET().build());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void soapMessageTracingStaysOffBecauseItWouldPrintTheLoginBody() {
        assertThat(org.slf4j.LoggerFactory.getLogger("org.springframework.ws.client.MessageTracing.sent").isDebugEnabled())
                .isFalse();
        assertThat(org.slf4j.LoggerFactory.getLogger("org.springframework.ws.server.MessageTracing.received")
                .isDebugEnabled()).isFalse();
    }

    @Test
    void theBrontoTokenIsNeverShownOverHttp() {
        String token = environment.getProperty("bronto.api-token");
        assertThat(token).isNotBlank();
        for (String path : List.of("/actuator/env", "/actuator/configprops", "/actuator/health",
                "/engine-rest/engine", "/sandbox/bronto/v4?wsdl", "/sandbox/control/clock")) {
            assertThat(http.get(path, "demo", "demo").body()).as(path).doesNotContain(token);
        }
    }
}
