package io.retentionflow.customers;

import static io.retentionflow.customers.ImportFiles.CUSTOMER_HEADER;
import static io.retentionflow.customers.ImportFiles.TRANSACTION_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retentionflow.support.PlainHttp;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import and customer API and pages over real HTTP, with the product's login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:imports-api;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "imports.demo-data=false"
})
class ImportApiTest {

    private static final String BOUNDARY = "----retention-flow-test";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ObjectMapper json;

    PlainHttp http;

    @BeforeEach
    void visitor() {
        http = new PlainHttp(port);
    }

    private HttpRequest.BodyPublisher multipart(String fileName, String content, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n--")
                .append(BOUNDARY).append("--\r\n");
        return HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> upload(String kind, String fileName, String content) {
        return http.send(http.request("/api/imports/" + kind)
                .header("Authorization", PlainHttp.basic("demo", "demo"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(multipart(fileName, content)).build());
    }

    private JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Follows the report as the page does, until the import has finished. */
    private JsonNode finished(HttpResponse<String> accepted) {
        String location = accepted.headers().firstValue("Location").orElseThrow();
        return await().atMost(Duration.ofSeconds(30)).until(() -> read(http.get(location, "demo", "demo")),
                report -> !report.path("status").asText().matches("queued|running"));
    }

    @Test
    void theApiWantsALogin() {
        assertThat(http.send(http.request("/api/imports").header("Accept", "application/json").GET().build())
                .statusCode()).isEqualTo(401);
        assertThat(http.send(http.request("/api/imports/customers").header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(multipart("c.csv", CUSTOMER_HEADER)).build()).statusCode()).isEqualTo(401);
        if (identity.createUserQuery().userId("importprobe").count() == 0) {
            var probe = identity.newUser("importprobe"); // never a wrong password for demo: Camunda would delay its next login
            probe.setPassword("probe-password");
            identity.saveUser(probe);
        }
        assertThat(http.get("/api/customers/1", "importprobe", "wrong").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/imports", "demo", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void anUploadIsAcceptedAndItsReportFollowedUntilDone() {
        String id = "api-" + UUID.randomUUID();
        HttpResponse<String> accepted = upload("customers", "customers.csv", CUSTOMER_HEADER + ",tier\n"
                + id + ",ann@example.com,Ann,\"=HYPERLINK(\"\"http://x\"\")\",2024-01-15,DE,gold\n"
                + ",missing@example.com,No,Id,,,\n");

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode queued = read(accepted);
        assertThat(queued.path("status").asText()).isIn("queued", "running", "completed");
        assertThat(accepted.headers().firstValue("Location")).hasValue("/api/imports/" + queued.path("id").asLong());

        JsonNode report = finished(accepted);
        assertThat(report.path("status").asText()).isEqualTo("completed");
        assertThat(report.path("kind").asText()).isEqualTo("customers");
        assertThat(report.path("source").asText()).isEqualTo("upload");
        assertThat(report.path("imported").asLong()).isEqualTo(1);
        assertThat(report.path("rejected").asLong()).isEqualTo(1);

        JsonNode rejections = read(http.get("/api/imports/" + report.path("id").asLong() + "/rejections", "demo", "demo"));
        assertThat(rejections.path("total").asLong()).isEqualTo(1);
        assertThat(rejections.path("items").get(0).path("row").asLong()).isEqualTo(2);
        assertThat(rejections.path("items").get(0).path("reason").asText()).isEqualTo("missing customer_id");

        JsonNode customer = read(http.get("/api/customers/" + id, "demo", "demo"));
        assertThat(customer.path("customer").path("lastName").asText()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(customer.path("customer").path("targetable").asBoolean()).isTrue();
        assertThat(customer.path("attributes").path("tier").asText()).isEqualTo("gold");
        assertThat(customer.path("purchases").path("count").asLong()).isZero();
        assertThat(customer.has("model")).isTrue();

        JsonNode transactions = finished(upload("transactions", "t.csv", TRANSACTION_HEADER + "\n"
                + "tx-" + id + "," + id + ",2024-02-01,19.90\n"));
        assertThat(transactions.path("imported").asLong()).isEqualTo(1);
        JsonNode withPurchase = read(http.get("/api/customers/" + id, "demo", "demo"));
        assertThat(withPurchase.path("purchases").path("count").asLong()).isEqualTo(1);
        assertThat(withPurchase.path("purchases").path("total").decimalValue()).isEqualByComparingTo("19.90");

        JsonNode recent = read(http.get("/api/imports?size=5", "demo", "demo"));
        assertThat(recent.path("items").get(0).path("id").asLong()).isEqualTo(transactions.path("id").asLong());
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedAtOnceAsAProblem() {
        HttpResponse<String> response = upload("transactions", "t.csv", "transaction_id,customer_id,amount\nT1,1,2\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = read(response);
        assertThat(problem.path("detail").asText()).isEqualTo("The header row has no column occurred_at.");
        assertThat(problem.path("field").asText()).isEqualTo("file");
    }

    @Test
    void anEmptyFileOrNoFileIsAProblem() {
        assertThat(read(upload("customers", "empty.csv", "")).path("detail").asText()).startsWith("The file is empty");
        HttpResponse<String> noFile = http.send(http.request("/api/imports/customers")
                .header("Authorization", PlainHttp.basic("demo", "demo"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "--\r\n")).build());
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(read(noFile).path("status").asInt()).isEqualTo(400);
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        HttpResponse<String> report = http.get("/api/imports/987654", "demo", "demo");
        assertThat(report.statusCode()).isEqualTo(404);
        assertThat(read(report).path("detail").asText()).isEqualTo("There is no import 987654.");
        assertThat(http.get("/api/customers/nobody", "demo", "demo").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/imports?size=100000", "demo", "demo").statusCode()).isEqualTo(400);
    }

    @Test
    void theImportsPageUploadsWithItsFormAndShowsErrorsBesideTheField() {
        HttpResponse<String> page = http.get("/imports", "demo", "demo");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Imports · Retention Flow</title>")
                .containsPattern("class=\"current\"[^>]*>Imports<|href=\"/imports\" class=\"current\"")
                .contains("<label for=\"customers-file\">").contains("Read the drop folder now");
        String session = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> refused = http.send(http.request("/imports/customers")
                .header("Authorization", PlainHttp.basic("demo", "demo")).header("Cookie", session)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(multipart("c.csv", "customer_id,name\n1,Ann\n", "_csrf", csrf.group(1))).build());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"customers-error\"").contains("aria-invalid=\"true\"")
                .contains("The header row has no columns email, first_name, last_name, signup_date, country.");

        String id = "page-" + UUID.randomUUID();
        HttpResponse<String> accepted = http.send(http.request("/imports/customers")
                .header("Authorization", PlainHttp.basic("demo", "demo")).header("Cookie", session)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(multipart("c.csv", CUSTOMER_HEADER + "\n" + id + ",,<script>alert(1)</script>,X,,\n,,,,,\nx,,,,nope,\n",
                        "_csrf", csrf.group(1))).build());
        assertThat(accepted.statusCode()).isEqualTo(302);
        String reportPage = accepted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long importId = Long.parseLong(reportPage.substring(reportPage.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(http.get("/api/imports/" + importId, "demo", "demo"))
                .path("status").asText().equals("completed"));

        HttpResponse<String> report = http.get(reportPage, "demo", "demo");
        assertThat(report.body()).contains("<title>Import " + importId + " · Retention Flow</title>")
                .contains("unparsable signup_date &#39;nope&#39;").contains("/js/import-progress.js");
        HttpResponse<String> customers = http.get("/customers?q=" + id, "demo", "demo");
        assertThat(customers.body()).contains("<title>Customers · Retention Flow</title>").contains("1 customers")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
    }
}
