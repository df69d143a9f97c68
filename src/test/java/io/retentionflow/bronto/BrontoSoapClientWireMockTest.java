package io.retentionflow.bronto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.retentionflow.bronto.SoapEnvelopes.fault;
import static io.retentionflow.bronto.SoapEnvelopes.loginResponse;
import static io.retentionflow.bronto.SoapEnvelopes.response;
import static io.retentionflow.bronto.SoapEnvelopes.resultItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The client against a scripted Bronto: what the sandbox does not do (faults on cue, timeouts, garbage). */
@ExtendWith(OutputCaptureExtension.class)
class BrontoSoapClientWireMockTest {

    private static final String TOKEN = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";
    private static final String LIST_ID = "0bba03ec000000000000000000000003e539";

    @RegisterExtension
    static final WireMockExtension bronto = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private BrontoGateway client;

    /**
     * The client's and Spring-WS's own logging at DEBUG, message tracing at INFO as application.yaml
     * pins it: the token tests then see every line the client could write.
     */
    @org.junit.jupiter.api.BeforeAll
    static void verboseLogging() {
        level("io.retentionflow", ch.qos.logback.classic.Level.DEBUG);
        level("org.springframework.ws", ch.qos.logback.classic.Level.DEBUG);
        level("org.springframework.ws.client.MessageTracing", ch.qos.logback.classic.Level.INFO);
    }

    @org.junit.jupiter.api.AfterAll
    static void quietLogging() {
        level("io.retentionflow", null);
        level("org.springframework.ws", null);
        level("org.springframework.ws.client.MessageTracing", null);
    }

    private static void level(String logger, ch.qos.logback.classic.Level level) {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(logger)).setLevel(level);
    }

    @BeforeEach
    void connectClient() {
        client = clientFor(URI.create(bronto.baseUrl() + "/v4"), Duration.ofSeconds(2));
    }

    private static BrontoGateway clientFor(URI endpoint, Duration readTimeout) {
        return BrontoClientConfiguration.createClient(
                new BrontoProperties(endpoint, TOKEN, Duration.ofSeconds(2), readTimeout), Clock.systemUTC());
    }

    private static MappingBuilder soap(String operation) {
        return post(urlEqualTo("/v4")).withRequestBody(matchingXPath("//*[local-name()='" + operation + "']"));
    }

    private static void answerLogin(String sessionId) {
        bronto.stubFor(soap("login").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8").withBody(loginResponse(sessionId))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder soapFault(int code, String message) {
        return aResponse().withStatus(500).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(fault(code, message));
    }

    private static String listsPage(String... names) {
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            lists.append("<return><id>list-%d</id><name>%s</name><label>%s</label><activeCount>%d</activeCount><status>active</status></return>"
                    .formatted(i, names[i], names[i], i));
        }
        return response("readLists", lists.toString());
    }

    @Test
    void signsInOnceAndReusesTheSessionForLaterCalls() {
        answerLogin("session-1");
        bronto.stubFor(soap("readLists").willReturn(ok(listsPage())));

        client.findList("a");
        client.findList("b");

        assertThat(bronto.findAll(postRequestedFor(urlEqualTo("/v4"))
                .withRequestBody(matchingXPath("//*[local-name()='login']")))).hasSize(1);
        List<LoggedRequest> reads = bronto.findAll(postRequestedFor(urlEqualTo("/v4"))
                .withRequestBody(matchingXPath("//*[local-name()='readLists']")));
        assertThat(reads).hasSize(2).allSatisfy(read -> {
            assertThat(read.getBodyAsString()).contains("<sessionId>session-1</sessionId>");
            assertThat(read.getHeader("SOAPAction")).isEqualTo("\"\"");
        });
    }

    @Test
    void signsInAgainAfterFault103AndRepeatsTheCallOnce() {
        bronto.stubFor(soap("login").inScenario("session").whenScenarioStateIs(STARTED)
                .willReturn(ok(loginResponse("old-session"))).willSetStateTo("first login"));
        bronto.stubFor(soap("login").inScenario("session").whenScenarioStateIs("first login")
                .willReturn(ok(loginResponse("new-session"))));
        bronto.stubFor(soap("readLists").withRequestBody(matchingXPath("//sessionId[text()='old-session']"))
                .willReturn(soapFault(103, "Session expired or invalid.")));
        bronto.stubFor(soap("readLists").withRequestBody(matchingXPath("//sessionId[text()='new-session']"))
                .withRequestBody(matchingXPath("//pageNumber[text()='1']"))
                .willReturn(ok(listsPage("winback-2026-11-30"))));
        bronto.stubFor(soap("readLists").withRequestBody(matchingXPath("//sessionId[text()='new-session']"))
                .withRequestBody(matchingXPath("//pageNumber[text()='2']"))
                .willReturn(ok(listsPage())));

        assertThat(client.findList("winback-2026-11-30")).map(MailList::name).contains("winback-2026-11-30");
        assertThat(bronto.findAll(postRequestedFor(urlEqualTo("/v4"))
                .withRequestBody(matchingXPath("//*[local-name()='login']")))).hasSize(2);
    }

    @Test
    void aRefusalOtherThan103KeepsTheSessionForTheNextCall() {
        answerLogin("still-good");
        bronto.stubFor(soap("addLists").willReturn(soapFault(107, "There was an error in your soap request.")));
        bronto.stubFor(soap("readLists").willReturn(ok(listsPage())));

        assertThatThrownBy(() -> client.addList("x", "x")).isInstanceOf(BrontoRejectedException.class);
        client.findList("x");

        assertThat(bronto.findAll(postRequestedFor(urlEqualTo("/v4"))
                .withRequestBody(matchingXPath("//*[local-name()='login']")))).hasSize(1);
    }

    @Test
    void aDeliveryWithoutAStatusIsNotTheContract() {
        answerLogin("s");
        bronto.stubFor(soap("readDeliveries").withRequestBody(matchingXPath("//pageNumber[text()='1']"))
                .willReturn(ok(response("readDeliveries", "<return><id>d-1</id><messageId>m</messageId></return>"))));

        assertThatThrownBy(() -> client.readDelivery("d-1"))
                .isInstanceOf(BrontoUnavailableException.class)
                .hasMessageContaining("not the v4 contract");
    }

    @Test
    void aSecondFault103InARowIsAnAuthenticationFailure() {
        answerLogin("doomed");
        bronto.stubFor(soap("readLists").willReturn(soapFault(103, "Session expired or invalid.")));

        assertThatThrownBy(() -> client.findList("x"))
                .isInstanceOf(BrontoAuthenticationException.class)
                .extracting(e -> ((BrontoException) e).code()).isEqualTo(103);
    }

    @Test
    void readsPageByPageUntilFault116EndsTheQuery() {
        answerLogin("s");
        bronto.stubFor(soap("readLists").withRequestBody(matchingXPath("//pageNumber[text()='1']"))
                .willReturn(ok(listsPage("a", "b"))));
        bronto.stubFor(soap("readLists").withRequestBody(matchingXPath("//pageNumber[text()='2']"))
                .willReturn(ok(listsPage("c"))));
        bronto.stubFor(soap("readLists").withRequestBody(matchingXPath("//pageNumber[text()='3']"))
                .willReturn(soapFault(116, "End of result set.")));

        assertThat(client.findList("c")).map(MailList::name).contains("c");
        bronto.verify(3, postRequestedFor(urlEqualTo("/v4")).withRequestBody(matchingXPath("//*[local-name()='readLists']")));
    }

    /** Each address is one contact: with all of them found, no page is left to ask for; with one missing, it asks. */
    @Test
    void readsContactsByAddressUntilEachIsFoundOrAPageIsEmpty() {
        answerLogin("s");
        bronto.stubFor(soap("readContacts").withRequestBody(matchingXPath("//pageNumber[text()='1']"))
                .willReturn(ok(contactsPage("a@example.com", "b@example.com"))));
        bronto.stubFor(soap("readContacts").withRequestBody(matchingXPath("//pageNumber[text()='2']"))
                .willReturn(ok(contactsPage())));

        assertThat(client.readContactsByEmail(List.of("a@example.com", "b@example.com"), List.of()))
                .extracting(BrontoContact::email).containsExactly("a@example.com", "b@example.com");
        bronto.verify(1, postRequestedFor(urlEqualTo("/v4")).withRequestBody(matchingXPath("//*[local-name()='readContacts']")));

        assertThat(client.readContactsByEmail(List.of("a@example.com", "b@example.com", "gone@example.com"), List.of()))
                .hasSize(2);
        bronto.verify(3, postRequestedFor(urlEqualTo("/v4")).withRequestBody(matchingXPath("//*[local-name()='readContacts']")));
    }

    private static String contactsPage(String... emails) {
        StringBuilder contacts = new StringBuilder();
        for (int i = 0; i < emails.length; i++) {
            contacts.append("<return><id>contact-%d</id><email>%s</email><status>active</status></return>"
                    .formatted(i, emails[i]));
        }
        return response("readContacts", contacts.toString());
    }

    @Test
    void reportsEachContactOfAMixedWriteResult() {
        answerLogin("s");
        bronto.stubFor(soap("addToList").willReturn(ok(response("addToList", "<return><errors>1</errors><errors>2</errors>"
                + resultItem("c-1", false, 0, null)
                + resultItem(null, false, 302, "Contact not found.")
                + resultItem(null, false, 506, "Contact is already on the list.")
                + resultItem("c-4", false, 0, null) + "</return>"))));

        WriteOutcome outcome = client.addToList(LIST_ID, List.of("a@example.com", "b@example.com", "c@example.com", "d@example.com"));

        assertThat(outcome.successCount()).isEqualTo(2);
        assertThat(outcome.failures()).extracting(ObjectOutcome::index, ObjectOutcome::errorCode, ObjectOutcome::errorMessage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 302, "Contact not found."),
                        org.assertj.core.groups.Tuple.tuple(2, 506, "Contact is already on the list."));
        assertThat(outcome.outcomes().get(1).error()).contains(BrontoErrorCode.CONTACT_NOT_FOUND);
    }

    @Test
    void anErrorsIndexMarksAFailureEvenWhenTheItemDoesNot() {
        answerLogin("s");
        bronto.stubFor(soap("addLists").willReturn(ok(response("addLists",
                "<return><errors>0</errors><results><isNew>false</isNew><errorCode>0</errorCode></results></return>"))));

        ObjectOutcome outcome = client.addList("x", "x");

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errorCode()).isEqualTo(BrontoErrorCode.UNKNOWN_ERROR.code());
    }

    @Test
    void aWriteResultThatDoesNotMatchTheObjectsSentIsRefused() {
        answerLogin("s");
        bronto.stubFor(soap("addToList").willReturn(ok(response("addToList",
                "<return>" + resultItem("c-1", false, 0, null) + "</return>"))));

        assertThatThrownBy(() -> client.addToList(LIST_ID, List.of("a@example.com", "b@example.com")))
                .isInstanceOf(BrontoUnavailableException.class)
                .hasMessageContaining("1 results for 2 objects");
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 108, 113})
    void retryableFaultsSayBrontoIsUnavailable(int code) {
        answerLogin("s");
        bronto.stubFor(soap("readLists").willReturn(soapFault(code, "Try again later.")));

        assertThatThrownBy(() -> client.findList("x"))
                .isInstanceOf(BrontoUnavailableException.class)
                .hasMessageContaining(code + ": Try again later.")
                .extracting(e -> ((BrontoException) e).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(ints = {102, 104, 111, 121})
    void accountFaultsAreAuthenticationFailures(int code) {
        bronto.stubFor(soap("login").willReturn(soapFault(code, "Access denied.")));

        assertThatThrownBy(() -> client.verifyLogin())
                .isInstanceOf(BrontoAuthenticationException.class)
                .extracting(e -> ((BrontoException) e).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 205, 220, 303, 320, 502, 510, 601, 615})
    void businessFaultsCarryBrontosCodeAndMessage(int code) {
        answerLogin("s");
        bronto.stubFor(soap("addDeliveries").willReturn(soapFault(code, "Refused for a reason.")));

        assertThatThrownBy(() -> client.addDelivery(new DeliveryRequest("m", List.of(LIST_ID),
                        java.time.OffsetDateTime.parse("2026-12-01T09:00:00+01:00"), "shop@example.com", "Shop",
                        "reply@example.com")))
                .isInstanceOf(BrontoRejectedException.class)
                .hasMessageContaining(code + ": Refused for a reason.")
                .extracting(e -> ((BrontoException) e).code()).isEqualTo(code);
    }

    @Test
    void aFaultWithoutDetailStillYieldsTheCodeFromTheFaultString() {
        answerLogin("s");
        bronto.stubFor(soap("readLists").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/xml").withBody(SoapEnvelopes.envelope(
                        "<soap:Fault><faultcode>soap:Server</faultcode><faultstring>108: Shard offline.</faultstring></soap:Fault>"))));

        assertThatThrownBy(() -> client.findList("x"))
                .isInstanceOf(BrontoUnavailableException.class)
                .extracting(e -> ((BrontoException) e).code()).isEqualTo(108);
    }

    @Test
    void http503IsUnavailable() {
        answerLogin("s");
        bronto.stubFor(soap("addToList").willReturn(aResponse().withStatus(503).withBody("Service Temporarily Unavailable")));

        assertThatThrownBy(() -> client.addToList(LIST_ID, List.of("a@example.com")))
                .isInstanceOf(BrontoUnavailableException.class)
                .hasMessageContaining("503");
    }

    @Test
    void aReadTimeoutIsUnavailable() {
        client = clientFor(URI.create(bronto.baseUrl() + "/v4"), Duration.ofMillis(300));
        answerLogin("s");
        bronto.stubFor(soap("readLists").willReturn(ok(listsPage()).withFixedDelay(3_000)));

        assertThatThrownBy(() -> client.findList("x"))
                .isInstanceOf(BrontoUnavailableException.class)
                .hasMessageContaining("did not answer readLists in time");
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        client = clientFor(URI.create("http://127.0.0.1:" + closedPort + "/v4"), Duration.ofSeconds(1));

        assertThatThrownBy(() -> client.verifyLogin())
                .isInstanceOf(BrontoUnavailableException.class)
                .hasMessageContaining("unreachable");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<html><body>Bad gateway</body></html>",
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><ns2:readLists",
        "not xml at all",
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ns2:addToListResponse xmlns:ns2=\"http://api.bronto.com/v4\"/></soap:Body></soap:Envelope>"
    })
    void aMalformedAnswerIsUnavailableNotACrash(String body) {
        answerLogin("s");
        bronto.stubFor(soap("readLists").willReturn(ok(body)));

        assertThatThrownBy(() -> client.findList("x")).isInstanceOf(BrontoUnavailableException.class);
    }

    /**
     * An answer carrying a DTD is refused whole, whatever the DTD says: no file or URL an entity names is read
     * (the entities point back at this WireMock, which records any fetch) and no entity is expanded.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>",
        "<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \"{base}/xxe-entity\">]>",
        "<!DOCTYPE soap:Envelope [<!ENTITY % remote SYSTEM \"{base}/xxe-dtd\"> %remote;<!ENTITY xxe \"x\">]>",
        "<!DOCTYPE soap:Envelope SYSTEM \"{base}/xxe-dtd\">",
        "<!DOCTYPE soap:Envelope [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
                + "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY xxe \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>"
    })
    void anAnswerWithADtdIsRefusedAndNoEntityIsReadOrExpanded(String doctype) {
        String dtd = doctype.replace("{base}", bronto.baseUrl());
        bronto.stubFor(soap("login").willReturn(ok("<?xml version=\"1.0\"?>" + dtd + loginResponse("&xxe;"))));
        bronto.stubFor(soap("readLists").willReturn(ok("<?xml version=\"1.0\"?>" + dtd + listsPage("&xxe;"))));
        bronto.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/xxe-.*")).willReturn(aResponse().withStatus(200)
                .withBody("<!ENTITY xxe \"fetched\">")));

        assertThatThrownBy(() -> client.verifyLogin()).isInstanceOf(BrontoUnavailableException.class);
        answerLogin("s");
        assertThatThrownBy(() -> client.findList("x")).isInstanceOf(BrontoUnavailableException.class);
        bronto.stubFor(soap("readLists").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/xml; charset=utf-8").withBody("<?xml version=\"1.0\"?>" + dtd
                        + fault(116, "&xxe;"))));
        assertThatThrownBy(() -> client.findList("x")).isInstanceOf(BrontoUnavailableException.class)
                .satisfies(e -> assertThat(chainMessages(e)).doesNotContain("fetched", "aaaaaaaaaa"));

        bronto.verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/xxe-.*")));
    }

    @Test
    void theTokenNeverShowsInMessagesOrLogs(CapturedOutput output) {
        bronto.stubFor(soap("login").willReturn(soapFault(102, "Authentication failed for token " + TOKEN)));

        assertThatThrownBy(() -> client.verifyLogin())
                .isInstanceOf(BrontoAuthenticationException.class)
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
                    }
                    assertThat(e.getMessage()).contains("[api token]");
                });
        assertThat(new BrontoProperties(URI.create("http://x"), TOKEN, Duration.ZERO, Duration.ZERO).toString())
                .doesNotContain(TOKEN);
        assertThat(output.getAll()).doesNotContain(TOKEN);
        // the token did travel, in the login body only
        bronto.verify(moreThanOrExactly(1), postRequestedFor(urlEqualTo("/v4"))
                .withRequestBody(matchingXPath("//apiToken[text()='" + TOKEN + "']")));
    }

    @Test
    void theTokenNeverShowsWhenBrontoIsDownOrAnswersGarbage(CapturedOutput output) {
        bronto.stubFor(soap("login").willReturn(aResponse().withStatus(503).withBody("down, token was " + TOKEN)));
        assertThatThrownBy(() -> client.verifyLogin()).isInstanceOf(BrontoUnavailableException.class)
                .satisfies(e -> assertThat(chainMessages(e)).doesNotContain(TOKEN));

        bronto.resetAll();
        bronto.stubFor(soap("login").willReturn(ok("<oops>" + TOKEN + "</oops>")));
        assertThatThrownBy(() -> client.verifyLogin()).isInstanceOf(BrontoUnavailableException.class)
                .satisfies(e -> assertThat(chainMessages(e)).doesNotContain(TOKEN));

        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    private static String chainMessages(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Test
    void noTokenConfiguredFailsWithoutCallingBronto() {
        BrontoGateway unconfigured = BrontoClientConfiguration.createClient(new BrontoProperties(
                URI.create(bronto.baseUrl() + "/v4"), " ", Duration.ofSeconds(1), Duration.ofSeconds(1)), Clock.systemUTC());

        assertThatThrownBy(unconfigured::verifyLogin)
                .isInstanceOf(BrontoAuthenticationException.class)
                .hasMessageContaining("bronto.api-token");
        assertThat(bronto.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesMoreThan5000ObjectsBeforeCallingBronto() {
        List<String> tooMany = java.util.stream.IntStream.rangeClosed(0, 5_000).mapToObj(i -> i + "@example.com").toList();

        assertThatThrownBy(() -> client.addToList(LIST_ID, tooMany)).isInstanceOf(IllegalArgumentException.class);
        assertThat(bronto.getAllServeEvents()).isEmpty();
    }
}
