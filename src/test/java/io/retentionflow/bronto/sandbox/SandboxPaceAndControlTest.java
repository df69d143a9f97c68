package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxIntegrationTest
class SandboxPaceAndControlTest {

    @LocalServerPort
    int port;

    @Autowired
    SandboxClock clock;

    @Autowired
    UploadStore uploads;

    /** demo/demo, the product's demo login; never a wrong password for demo: Camunda delays the next login after one. */
    private static final String DEMO_LOGIN = "Basic ZGVtbzpkZW1v";

    private final HttpClient http = HttpClient.newHttpClient();
    private SandboxSoap soap;
    private String session;

    @BeforeEach
    void login() {
        soap = new SandboxSoap(port);
        session = soap.login();
    }

    @Test
    void aBurstOverFiftyThousandContactsAMinuteIsRefusedWith503AndNothingIsApplied() {
        clock.advance(UploadPace.WINDOW.plusSeconds(1));
        String listId = soap.call(session, "<v4:addLists><lists><name>pace-" + UUID.randomUUID() + "</name></lists></v4:addLists>")
                .ok().text("//results/id");
        int before = uploads.all().size();
        for (int call = 0; call < 10; call++) {
            assertThat(addBatch(listId, call).status()).isEqualTo(200);
        }

        SandboxSoap.Answer refused = addBatch(listId, 10);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body()).isEqualTo(SandboxExceptionResolver.SERVICE_UNAVAILABLE);
        List<UploadStore.Upload> recorded = uploads.all();
        assertThat(recorded).hasSize(before + 10);
        assertThat(recorded.subList(before, recorded.size())).allSatisfy(upload -> {
            assertThat(upload.listId()).isEqualTo(listId);
            assertThat(upload.submitted()).isEqualTo(5000);
        });
        assertThat(recorded.get(before).added()).isEqualTo(1);

        clock.advance(UploadPace.WINDOW);

        assertThat(addBatch(listId, 11).status()).isEqualTo(200);
        assertThat(uploads.all()).hasSize(before + 11);
    }

    @Test
    void contactWritesCountInTheSamePaceAsListUploads() {
        clock.advance(UploadPace.WINDOW.plusSeconds(1));
        String listId = soap.call(session, "<v4:addLists><lists><name>pace-" + UUID.randomUUID() + "</name></lists></v4:addLists>")
                .ok().text("//results/id");
        int before = uploads.all().size();
        for (int call = 0; call < 9; call++) {
            assertThat(addBatch(listId, call).status()).isEqualTo(200);
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        assertThat(addContacts(run, 5000).status()).isEqualTo(200);

        SandboxSoap.Answer refused = addContacts(run + "-late", 1);

        assertThat(refused.status()).isEqualTo(503);
        List<UploadStore.Upload> recorded = uploads.all();
        assertThat(recorded).hasSize(before + 10);
        UploadStore.Upload contacts = recorded.get(recorded.size() - 1);
        assertThat(contacts.operation()).isEqualTo("addOrUpdateContacts");
        assertThat(contacts.listId()).isNull();
        assertThat(contacts.submitted()).isEqualTo(5000);
        assertThat(contacts.added()).isEqualTo(5000);
        assertThat(soap.call(session, "<v4:readContacts><filter><email><operator>EqualTo</operator><value>" + run
                + "-late-0@example.com</value></email></filter><pageNumber>1</pageNumber></v4:readContacts>").ok()
                .body()).doesNotContain(run + "-late-0@example.com");
    }

    private SandboxSoap.Answer addContacts(String run, int count) {
        StringBuilder body = new StringBuilder("<v4:addOrUpdateContacts>");
        for (int i = 0; i < count; i++) {
            body.append("<contacts><email>").append(run).append('-').append(i).append("@example.com</email></contacts>");
        }
        return soap.call(session, body.append("</v4:addOrUpdateContacts>").toString());
    }

    @Test
    void uploadsAndClockAreReadableOverHttp() throws Exception {
        Duration before = clock.offset();

        HttpResponse<String> moved = control("POST", "clock?advance=PT24H", DEMO_LOGIN);
        HttpResponse<String> read = control("GET", "clock", DEMO_LOGIN);
        HttpResponse<String> listed = control("GET", "uploads", DEMO_LOGIN);

        assertThat(moved.statusCode()).isEqualTo(200);
        // other tests of this context move the clock too, but none runs while this one does
        assertThat(clock.offset().minus(before)).isEqualTo(Duration.ofHours(24));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"now\"", "\"offset\"");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).startsWith("[");
    }

    @Test
    void theClockMovesOnlyByAPositiveDurationOfAtMost366Days() throws Exception {
        Duration before = clock.offset();

        for (String refused : List.of("PT0S", "-PT1H", "P367D", "PT8785H")) {
            HttpResponse<String> answer = control("POST", "clock?advance=" + refused, DEMO_LOGIN);

            assertThat(answer.statusCode()).as(refused).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).as(refused).contains("\"field\":\"advance\"");
        }
        assertThat(control("POST", "clock?advance=soon", DEMO_LOGIN).statusCode()).isEqualTo(400);
        assertThat(clock.offset()).isEqualTo(before);

        assertThat(control("POST", "clock?advance=P366D", DEMO_LOGIN).statusCode()).isEqualTo(200);
        assertThat(clock.offset().minus(before)).isEqualTo(Duration.ofDays(366));
    }

    /** The control endpoints sit behind the product's login (HTTP Basic here), unlike the SOAP endpoint. */
    @Test
    void movingTheClockWithoutALoginIsRefusedWith401() throws Exception {
        Duration before = clock.offset();

        HttpResponse<String> answer = control("POST", "clock?advance=PT1H", null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(clock.offset()).isEqualTo(before);
    }

    @Test
    void wsdlIsServedWithTheAddressOfThisSandbox() {
        SandboxSoap.Answer wsdl = soap.get("?wsdl");

        assertThat(wsdl.status()).isEqualTo(200);
        assertThat(wsdl.text("//soap:address/@location")).isEqualTo(soap.endpoint().toString());
        assertThat(wsdl.count("//wsdl:operation[@name='addToList']")).isPositive();
    }

    /** @param authorization the Authorization header, or null to send none */
    private HttpResponse<String> control(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/control/" + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** 5,000 contacts: one the seed knows, the rest unknown, which still count against the pace as submitted. */
    private SandboxSoap.Answer addBatch(String listId, int call) {
        StringBuilder body = new StringBuilder("<v4:addToList><list><id>" + listId + "</id></list>");
        body.append("<contacts><email>paul.davis1@example.net</email></contacts>");
        for (int i = 1; i < 5000; i++) {
            body.append("<contacts><email>unknown-").append(call).append('-').append(i).append("@example.com</email></contacts>");
        }
        return soap.call(session, body.append("</v4:addToList>").toString());
    }
}
