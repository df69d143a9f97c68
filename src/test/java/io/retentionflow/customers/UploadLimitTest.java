package io.retentionflow.customers;

import static io.retentionflow.customers.ImportFiles.CUSTOMER_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.support.BrowserSession;
import io.retentionflow.support.PlainHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A file over {@code imports.max-upload-size}, through the API and through the page: refused, nothing imported. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:upload-limit;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "sandbox.seed-demo=false",
    "imports.demo-data=false",
    "imports.max-upload-size=2KB"
})
class UploadLimitTest {

    private static final String BOUNDARY = "----retention-flow-limit";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Customers enough for about 6 KB, three times the limit. */
    private static String tooLarge() {
        StringBuilder file = new StringBuilder(CUSTOMER_HEADER).append('\n');
        for (int i = 0; file.length() < 6_000; i++) {
            file.append("big").append(i).append(",big").append(i).append("@example.com,Big,File,2024-01-15,DE\n");
        }
        return file.toString();
    }

    private static String multipart(String content, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; ")
                .append("filename=\"customers.csv\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n--")
                .append(BOUNDARY).append("--\r\n").toString();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theApiRefusesAFileOverTheLimitAsAProblemAndImportsNothing() {
        long imports = count("data_import");
        long customers = count("customer");
        PlainHttp http = new PlainHttp(port);

        HttpResponse<String> refused = http.send(http.request("/api/imports/customers")
                .header("Authorization", PlainHttp.basic("demo", "demo")).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(multipart(tooLarge()), StandardCharsets.UTF_8)).build());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("larger than 2KB").contains("imports.max-upload-size");
        assertThat(count("data_import")).isEqualTo(imports);
        assertThat(count("customer")).isEqualTo(customers);

        HttpResponse<String> small = http.send(http.request("/api/imports/customers")
                .header("Authorization", PlainHttp.basic("demo", "demo")).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(multipart(CUSTOMER_HEADER + "\nsmall1,s@example.com,S,F,2024-01-15,DE\n"))).build());
        assertThat(small.statusCode()).as("a file under the limit").isEqualTo(202);
    }

    @Test
    void thePageRefusesAFileOverTheLimitWithAMessageAndImportsNothing() {
        long imports = count("data_import");
        BrowserSession browser = new BrowserSession(port);
        Pattern csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        Matcher login = csrf.matcher(browser.get("/login").body());
        assertThat(login.find()).isTrue();
        browser.postForm("/login", Map.of("username", "demo", "password", "demo", "_csrf", login.group(1)));
        Matcher page = csrf.matcher(browser.get("/imports").body());
        assertThat(page.find()).isTrue();

        HttpResponse<String> refused = browser.post("/imports/customers", "multipart/form-data; boundary=" + BOUNDARY,
                multipart(tooLarge(), "_csrf", page.group(1)));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("larger than 2KB").contains("imports.max-upload-size");
        assertThat(count("data_import")).isEqualTo(imports);
    }
}
