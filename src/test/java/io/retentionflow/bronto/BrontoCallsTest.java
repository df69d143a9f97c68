package io.retentionflow.bronto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.retentionflow.bronto.SoapEnvelopes.fault;
import static io.retentionflow.bronto.SoapEnvelopes.loginResponse;
import static io.retentionflow.bronto.SoapEnvelopes.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.retentionflow.bronto.BrontoCalls.LastCall;
import io.retentionflow.bronto.BrontoCalls.Outcome;
import io.retentionflow.system.MeterNames;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every exchange with a scripted Bronto lands in bronto.calls with its operation, outcome and code. */
class BrontoCallsTest {

    @RegisterExtension
    static final WireMockExtension bronto = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private SimpleMeterRegistry registry;
    private BrontoCalls calls;
    private BrontoGateway client;

    @BeforeEach
    void connectClient() {
        registry = new SimpleMeterRegistry();
        calls = new BrontoCalls(registry, Clock.systemUTC());
        client = BrontoClientConfiguration.createClient(new BrontoProperties(URI.create(bronto.baseUrl() + "/v4"),
                "token", Duration.ofSeconds(2), Duration.ofSeconds(2)), Clock.systemUTC(), calls);
    }

    @Test
    void aReadCountsItsLoginAndEachPageWithTheirLatency() {
        bronto.stubFor(soap("login").willReturn(ok(loginResponse("session-1"))));
        bronto.stubFor(soap("readLists").withRequestBody(matchingXPath("//pageNumber[text()='1']"))
                .willReturn(ok(response("readLists",
                        "<return><id>l-1</id><name>a</name><activeCount>0</activeCount><status>active</status></return>"))));
        bronto.stubFor(soap("readLists").withRequestBody(matchingXPath("//pageNumber[text()='2']"))
                .willReturn(ok(response("readLists", ""))));

        assertThat(client.findList("a")).isPresent();

        assertThat(timer("login", "success", "none").count()).isOne();
        Timer reads = timer("readLists", "success", "none");
        assertThat(reads.count()).isEqualTo(2);
        assertThat(reads.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(calls.last()).map(LastCall::operation).contains("readLists");
    }

    @Test
    void http503IsUnavailableWithoutACode() {
        bronto.stubFor(soap("login").willReturn(aResponse().withStatus(503).withBody("Service Temporarily Unavailable")));

        assertThatThrownBy(() -> client.findList("a")).isInstanceOf(BrontoUnavailableException.class);

        assertThat(timer("login", "unavailable", "none").count()).isOne();
        assertThat(calls.last()).map(LastCall::outcome).contains(Outcome.UNAVAILABLE);
    }

    @Test
    void anExpiredSessionIsCountedApartFromTheRepeatedCall() {
        bronto.stubFor(soap("login").inScenario("session").whenScenarioStateIs(STARTED)
                .willReturn(ok(loginResponse("old"))).willSetStateTo("signed in"));
        bronto.stubFor(soap("login").inScenario("session").whenScenarioStateIs("signed in")
                .willReturn(ok(loginResponse("new"))));
        bronto.stubFor(soap("readLists").withRequestBody(matchingXPath("//sessionId[text()='old']"))
                .willReturn(soapFault(103, "Session expired or invalid.")));
        // the end of the result set on the first page: Bronto's normal answer, a success
        bronto.stubFor(soap("readLists").withRequestBody(matchingXPath("//sessionId[text()='new']"))
                .willReturn(soapFault(116, "End of result set.")));

        assertThat(client.findList("a")).isEmpty();

        assertThat(timer("readLists", "session_expired", "103").count()).isOne();
        assertThat(timer("login", "success", "none").count()).isEqualTo(2);
        assertThat(timer("readLists", "success", "116").count()).isOne();
    }

    @Test
    void refusalsAndBadTokensKeepBrontosDocumentedCodeOnly() {
        bronto.stubFor(soap("login").willReturn(ok(loginResponse("session-1"))));
        bronto.stubFor(soap("deleteLists").willReturn(soapFault(112, "Invalid filter type.")));
        bronto.stubFor(soap("readLists").willReturn(soapFault(987, "Something Bronto never documented.")));

        assertThatThrownBy(() -> client.deleteLists(List.of("l-1"))).isInstanceOf(BrontoRejectedException.class);
        assertThatThrownBy(() -> client.findList("a")).isInstanceOf(BrontoRejectedException.class);

        assertThat(timer("deleteLists", "rejected", "112").count()).isOne();
        assertThat(timer("readLists", "rejected", "other").count()).isOne();

        bronto.resetAll();
        bronto.stubFor(soap("login").willReturn(soapFault(102, "Invalid token.")));
        BrontoGateway wrongToken = BrontoClientConfiguration.createClient(new BrontoProperties(
                URI.create(bronto.baseUrl() + "/v4"), "wrong", Duration.ofSeconds(2), Duration.ofSeconds(2)),
                Clock.systemUTC(), calls);
        assertThatThrownBy(wrongToken::verifyLogin).isInstanceOf(BrontoAuthenticationException.class);
        assertThat(timer("login", "authentication", "102").count()).isOne();
    }

    private Timer timer(String operation, String outcome, String code) {
        return registry.get(MeterNames.BRONTO_CALLS).tag(MeterNames.TAG_OPERATION, operation)
                .tag(MeterNames.TAG_OUTCOME, outcome).tag(MeterNames.TAG_CODE, code).timer();
    }

    private static MappingBuilder soap(String operation) {
        return post(urlEqualTo("/v4")).withRequestBody(matchingXPath("//*[local-name()='" + operation + "']"));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
    }

    private static ResponseDefinitionBuilder soapFault(int code, String message) {
        return aResponse().withStatus(500).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(fault(code, message));
    }
}
