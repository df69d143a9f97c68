package io.retentionflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.support.PlainHttp;
import io.retentionflow.system.MeterNames;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What operators get: health with the database, the engine, the job executor and Bronto (WireMock here, so
 * it can go down on cue), Bronto's outage kept out of the overall status, the incident gauge, and the
 * Prometheus scrape with a login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:operations-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000",
        "imports.demo-data=false"})
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
class OperationsEndpointsTest {

    @RegisterExtension
    static final WireMockExtension bronto = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void brontoIsWireMock(DynamicPropertyRegistry registry) {
        registry.add("bronto.endpoint", () -> bronto.baseUrl() + "/v4");
    }

    private static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");
    private static final RequestPostProcessor MARKETER = user("marketer").roles("MARKETER");

    @Autowired MockMvc mvc;
    @Autowired BrontoGateway gateway;
    @Autowired MeterRegistry meters;
    @Autowired ProcessEngine engine;
    @LocalServerPort int port;

    /** Bronto up and called just now: no background check of the health indicator interferes within the minute. */
    @BeforeEach
    void brontoAnswers() {
        brontoUp();
        gateway.findList("warm-up");
    }

    @Test
    void visitorsAndMarketersSeeOnlyTheStatus() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(MARKETER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void operatorsSeeTheDatabaseTheEngineTheJobExecutorAndBronto() throws Exception {
        mvc.perform(get("/actuator/health").with(OPERATOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.processEngine.status").value("UP"))
                .andExpect(jsonPath("$.components.jobExecutor.status").value("UP"))
                .andExpect(jsonPath("$.components.bronto.status").value("UP"))
                .andExpect(jsonPath("$.components.bronto.details.operation").value("readLists"))
                .andExpect(jsonPath("$.components.bronto.details.outcome").value("success"));
    }

    @Test
    void aBrontoOutageIsCountedAndShownWhileTheApplicationStaysUp() throws Exception {
        long unavailable = count("readLists", "unavailable");
        bronto.resetAll();
        bronto.stubFor(post(urlEqualTo("/v4")).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

        assertThatThrownBy(() -> gateway.findList("during-the-outage")).isInstanceOf(BrontoUnavailableException.class);

        assertThat(count("readLists", "unavailable")).isEqualTo(unavailable + 1);
        mvc.perform(get("/actuator/health").with(OPERATOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.bronto.status").value("UNAVAILABLE"))
                .andExpect(jsonPath("$.components.bronto.details.outcome").value("unavailable"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/bronto")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("UNAVAILABLE"));

        brontoUp();
        gateway.findList("after-the-outage");

        mvc.perform(get("/actuator/health/bronto")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void anIncidentRaisesTheIncidentGaugeUntilItIsGone() {
        double before = openIncidents();
        BpmnModelInstance failing = Bpmn.createExecutableProcess("operationsTest_failingJob")
                .camundaHistoryTimeToLive(1)
                .startEvent("startEvent_started")
                .serviceTask("serviceTask_fail").camundaAsyncBefore().camundaExpression("${noSuchBean.fail()}")
                .endEvent("endEvent_never")
                .done();
        Deployment deployment = engine.getRepositoryService().createDeployment()
                .addModelInstance("operations-test-failing-job.bpmn", failing).deploy();
        try {
            engine.getRuntimeService().startProcessInstanceByKey("operationsTest_failingJob");

            // the job executor retries the job until it has no retries left, then raises the incident
            await().atMost(Duration.ofSeconds(60)).until(() -> openIncidents() == before + 1);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
        assertThat(openIncidents()).isEqualTo(before);
    }

    @Test
    void prometheusScrapesTheProductsMetersWithALogin() {
        User scraper = engine.getIdentityService().newUser("prometheus");
        scraper.setPassword("scrape-password");
        engine.getIdentityService().saveUser(scraper);
        engine.getIdentityService().createMembership(scraper.getId(), "operators");
        PlainHttp http = new PlainHttp(port);

        assertThat(http.send(http.request("/actuator/prometheus").GET().build()).statusCode()).isEqualTo(401);
        HttpResponse<String> scrape = http.get("/actuator/prometheus", scraper.getId(), "scrape-password");

        assertThat(scrape.statusCode()).isEqualTo(200);
        List<String> lines = scrape.body().lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("bronto_calls_seconds_count{")
                .contains("operation=\"readLists\"", "outcome=\"success\"", "code=\"none\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("bronto_calls_seconds_bucket{"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("campaign_contacts_uploaded_total{")
                .contains("outcome=\"not_in_bronto\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("campaign_batches_total{")
                .contains("outcome=\"uploaded\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("campaign_upload_pace_wait_seconds_count{"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("process_incidents_open{")
                .contains("application=\"retention-flow\""));
    }

    private long count(String operation, String outcome) {
        Timer calls = meters.find(MeterNames.BRONTO_CALLS).tag(MeterNames.TAG_OPERATION, operation)
                .tag(MeterNames.TAG_OUTCOME, outcome).timer();
        return calls == null ? 0 : calls.count();
    }

    private double openIncidents() {
        return meters.get(MeterNames.OPEN_INCIDENTS).gauge().value();
    }

    private static void brontoUp() {
        bronto.resetAll();
        bronto.stubFor(soap("login").willReturn(ok("""
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>\
                <ns2:loginResponse xmlns:ns2="http://api.bronto.com/v4"><return>session-1</return></ns2:loginResponse>\
                </soap:Body></soap:Envelope>""")));
        bronto.stubFor(soap("readLists").willReturn(ok("""
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>\
                <ns2:readListsResponse xmlns:ns2="http://api.bronto.com/v4"/></soap:Body></soap:Envelope>""")));
    }

    private static MappingBuilder soap(String operation) {
        return post(urlEqualTo("/v4")).withRequestBody(matchingXPath("//*[local-name()='" + operation + "']"));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
    }
}
