package io.retentionflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retentionflow.campaigns.execution.ExecutionFixture;
import io.retentionflow.support.PlainHttp;
import io.retentionflow.support.PostgresTestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A large campaign set up in a product's database, as a marketer would have it: customers who are all
 * contacts in the (sandbox's) Bronto account, a target group of them, plans due today with a control group
 * and an A/B split; then the nightly run over the API and the approvals over Camunda's REST API.
 */
final class CampaignScenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    final JdbcTemplate jdbcTemplate;
    final JdbcClient jdbc;
    private final String tag;
    private LocalDate sendDate;

    CampaignScenario(String databaseUrl) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(databaseUrl, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD);
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
        this.tag = "rel" + System.nanoTime() % 100_000;
    }

    /** {@code count} customers with an address, each also an active contact of the sandbox's account. */
    void customers(int count) {
        ExecutionFixture.insertMembersKnownToBronto(jdbcTemplate, tag, count);
    }

    /**
     * Plans {@code count} A/B campaigns on the customers, sending {@code sendIn} from now: due on {@link #sendDate},
     * which is tomorrow when that crosses midnight.
     */
    List<Long> campaigns(int count, PlainHttp http, Duration sendIn) {
        List<String> templates = templates(http);
        long group = ExecutionFixture.targetGroup(jdbc, tag);
        OffsetDateTime sendAt = OffsetDateTime.now(ZoneOffset.UTC).plus(sendIn).truncatedTo(ChronoUnit.MINUTES);
        sendDate = sendAt.toLocalDate();
        List<Long> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long plan = ExecutionFixture.plan(jdbc, tag + "-" + i, group, templates.get(0), templates.get(1),
                    sendAt.toLocalDate(), "shop@example.com");
            jdbc.sql("update campaign_plan set send_time = ?, time_zone = 'UTC' where id = ?")
                    .params(LocalTime.of(sendAt.getHour(), sendAt.getMinute()), plan).update();
            plans.add(plan);
        }
        return plans;
    }

    /** The day the planned campaigns send: the nightly run to start them is that day's. */
    LocalDate sendDate() {
        return sendDate;
    }

    static void nightlyRun(PlainHttp http, LocalDate date) {
        HttpResponse<String> run = http.send(http.request("/api/nightly-run?date=" + date)
                .header("Authorization", PlainHttp.basic("demo", "demo"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
    }

    /** Waits for the campaign's approval task and approves it as a marketer would in Tasklist. */
    static void approve(PlainHttp http, String businessKey) {
        String taskId = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode tasks = json(http.get("/engine-rest/task?taskDefinitionKey=userTask_approveTemplate"
                    + "&processInstanceBusinessKey=" + businessKey, "demo", "demo"));
            return tasks.size() == 1 ? tasks.get(0).get("id").asText() : null;
        }, id -> id != null);
        HttpResponse<String> completed = http.send(http.request("/engine-rest/task/" + taskId + "/complete")
                .header("Authorization", PlainHttp.basic("demo", "demo")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"variables\": {\"approvalDecision\": {\"value\": \"approve\"}}}")).build());
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    }

    private static List<String> templates(PlainHttp http) {
        JsonNode templates = json(http.get("/api/campaigns/templates", "demo", "demo"));
        List<String> ids = new ArrayList<>();
        templates.forEach(template -> ids.add(template.get("id").asText()));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
        return ids;
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
