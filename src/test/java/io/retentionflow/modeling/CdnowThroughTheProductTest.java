package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The published check of the whole chain: the CDNOW sample goes in through the product's own
 * upload API, the model is refreshed through its API with the published 39-week calibration
 * period, and the parameters that come out are the published ones (Fader, Hardie and Lee 2005:
 * r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4; Fader and Hardie 2013: p = 6.25,
 * q = 3.74, γ = 15.44). Without the sandbox profile, so no demo data mixes in.
 */
@ActiveProfiles("cdnow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:cdnow-through-the-product;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "model.days-per-time-unit=7",
    "imports.time-zone=UTC",
    "model.zone=UTC",
    // no sandbox, so no demo login: a first admin of its own
    "camunda.bpm.admin-user.id=cdnow",
    "camunda.bpm.admin-user.password=cdnow-test-password"
})
class CdnowThroughTheProductTest {

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    private RestClient api;

    @BeforeEach
    void signIn() {
        api = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("cdnow", "cdnow-test-password"))
                .build();
    }

    @Test
    void reproducesThePublishedEstimates() throws IOException {
        upload("customers", customerFile());
        upload("transactions", transactionFile());

        JsonNode fit = api.post().uri("/api/model/refresh?asOf=1997-09-30").retrieve().body(JsonNode.class);

        assertThat(fit.path("timeUnit").asText()).isEqualTo("weeks");
        assertThat(fit.path("customersFitted").asLong()).isEqualTo(2_357);
        assertThat(fit.path("spendersFitted").asLong()).isEqualTo(946);
        JsonNode bgNbd = fit.path("bgNbd");
        assertThat(bgNbd.path("r").asDouble()).isCloseTo(0.243, within(0.001));
        assertThat(bgNbd.path("alpha").asDouble()).isCloseTo(4.414, within(0.001));
        assertThat(bgNbd.path("a").asDouble()).isCloseTo(0.793, within(0.001));
        assertThat(bgNbd.path("b").asDouble()).isCloseTo(2.426, within(0.001));
        assertThat(fit.path("bgNbdLogLikelihood").asDouble()).isCloseTo(-9582.4, within(0.1));
        JsonNode gammaGamma = fit.path("gammaGamma");
        assertThat(gammaGamma.path("p").asDouble()).isCloseTo(6.25, within(0.01));
        assertThat(gammaGamma.path("q").asDouble()).isCloseTo(3.74, within(0.01));
        assertThat(gammaGamma.path("gamma").asDouble()).isCloseTo(15.44, within(0.01));

        assertThat(api.get().uri("/api/model").retrieve().body(JsonNode.class).path("id").asLong())
                .isEqualTo(fit.path("id").asLong());
        JsonNode someone = api.get().uri("/api/customers/1").retrieve().body(JsonNode.class).path("model");
        assertThat(someone.path("lifecycleStage").asText()).isNotBlank();
        assertThat(someone.path("probabilityAlive").asDouble()).isBetween(0.0, 1.0);
    }

    private void upload(String kind, Path file) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new FileSystemResource(file));
        JsonNode queued = api.post().uri("/api/imports/" + kind).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(body).retrieve().body(JsonNode.class);
        long id = queued.path("id").asLong();
        await().atMost(Duration.ofMinutes(1)).until(() ->
                !api.get().uri("/api/imports/" + id).retrieve().body(JsonNode.class).path("status").asText()
                        .matches("queued|running"));
        JsonNode report = api.get().uri("/api/imports/" + id).retrieve().body(JsonNode.class);
        assertThat(report.path("status").asText()).as(report.toString()).isEqualTo("completed");
        assertThat(report.path("rowsRejected").asLong()).as(report.toString()).isZero();
    }

    private Path customerFile() throws IOException {
        TreeSet<Integer> ids = new TreeSet<>();
        for (String line : Files.readAllLines(CdnowData.DIRECTORY.resolve("CDNOW_sample.txt"))) {
            if (!line.isBlank()) {
                ids.add(Integer.parseInt(line.trim().split("\\s+")[1]));
            }
        }
        List<String> rows = new ArrayList<>(List.of("customer_id,email,first_name,last_name,signup_date,country"));
        ids.forEach(id -> rows.add("%d,customer%d@example.com,Customer,%d,1997-01-01,US".formatted(id, id, id)));
        return Files.write(files.resolve("customers.csv"), rows);
    }

    private Path transactionFile() throws IOException {
        List<String> rows = new ArrayList<>(List.of("transaction_id,customer_id,occurred_at,amount"));
        int number = 0;
        for (String line : Files.readAllLines(CdnowData.DIRECTORY.resolve("CDNOW_sample.txt"))) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            String day = java.time.LocalDate.parse(fields[2], DateTimeFormatter.BASIC_ISO_DATE).toString();
            rows.add("t%d,%d,%s,%s".formatted(++number, Integer.parseInt(fields[1]), day, fields[4]));
        }
        return Files.write(files.resolve("transactions.csv"), rows);
    }
}
