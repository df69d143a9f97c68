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
    void uploadsAndClockAreReadableOverHttp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI control = URI.create("http://localhost:" + port + "/sandbox/control/");

        HttpResponse<String> moved = http.send(HttpRequest.newBuilder(control.resolve("clock?advance=PT24H"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(control.resolve("clock")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> listed = http.send(HttpRequest.newBuilder(control.resolve("uploads")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(clock.offset()).isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(read.body()).contains("\"now\"", "\"offset\"");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).startsWith("[");
    }

    @Test
    void wsdlIsServedWithTheAddressOfThisSandbox() {
        SandboxSoap.Answer wsdl = soap.get("?wsdl");

        assertThat(wsdl.status()).isEqualTo(200);
        assertThat(wsdl.text("//soap:address/@location")).isEqualTo(soap.endpoint().toString());
        assertThat(wsdl.count("//wsdl:operation[@name='addToList']")).isPositive();
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
