package io.retentionflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.Delivery;
import io.retentionflow.bronto.MailList;
import io.retentionflow.campaigns.execution.DeliveryMetricsSnapshots;
import io.retentionflow.campaigns.execution.ExecutionFixture;
import io.retentionflow.campaigns.execution.ExecutionSummaries;
import io.retentionflow.campaigns.execution.ExecutionSummary;
import io.retentionflow.process.CampaignExecutionProcess.Choices;
import io.retentionflow.process.CampaignExecutionProcess.Elements;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import io.retentionflow.support.PlainHttp;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole lifecycle with the job executor on, against the sandbox over real HTTP: from the
 * nightly run to the cleanup task. The metrics interval is shortened to seconds; the wait for the
 * send time is the one step the test takes into its own hands (it fires that timer), and it moves
 * the sandbox's clock a day on so the delivery has been sent when metrics are pulled.
 */
abstract class CampaignLifecycleContract {

    private static final String TEMPLATE = "0bba03eb0000000000000000000000000001";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BrontoGateway bronto;

    @Autowired
    ExecutionSummaries summaries;

    @Autowired
    DeliveryMetricsSnapshots snapshots;

    @Test
    void fromTheNightlyRunToTheCleanupTask() {
        String tag = "life" + System.nanoTime() % 100_000;
        List<ExecutionFixture.DemoCustomer> customers = ExecutionFixture.demoCustomers(60);
        ExecutionFixture.insertMembers(jdbcTemplate, tag, customers, 3);
        long group = ExecutionFixture.targetGroup(jdbc, tag);
        OffsetDateTime sendAt = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        long campaign = planForToday(tag, group, sendAt);
        // the send's own day, so a run started just before midnight still finds its campaign due
        LocalDate today = sendAt.toLocalDate();

        nightlyRun(today);

        String businessKey = campaign + "/" + today;
        ProcessInstance execution = await().atMost(Duration.ofSeconds(60)).until(
                () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult(),
                found -> found != null);
        Task approval = await().atMost(Duration.ofSeconds(30)).until(
                () -> tasks.createTaskQuery().processInstanceId(execution.getId())
                        .taskDefinitionKey(Elements.APPROVE_TEMPLATE).singleResult(), found -> found != null);
        assertThat(tasks.createTaskQuery().taskId(approval.getId()).taskCandidateGroup("marketers").count()).isOne();
        tasks.complete(approval.getId(), Map.of(Variables.APPROVAL_DECISION, Choices.APPROVE));

        Job sendTime = await().atMost(Duration.ofMinutes(2)).until(() -> management.createJobQuery()
                .processInstanceId(execution.getId()).activityId(Elements.SEND_TIME).singleResult(), found -> found != null);
        long executionId = (Long) runtime.getVariable(execution.getId(), Variables.EXECUTION_ID);
        ExecutionSummary summary = summaries.of(executionId);
        assertThat(summary.targetSize()).isEqualTo(63);
        assertThat(summary.withoutEmail()).isEqualTo(3);
        ExecutionSummary.Variant mailed = summary.variants().get(0);
        assertThat(mailed.recipients()).isEqualTo(60 - summary.control());
        // the sandbox was seeded without two of these customers; the night's contact sync added them before the upload
        assertThat(customers).anyMatch(customer -> !customer.inBronto());
        assertThat(mailed.notInBronto()).isZero();
        String listName = (String) runtime.getVariable(execution.getId(), Variables.LIST_NAMES);
        MailList list = bronto.findList(listName).orElseThrow();
        assertThat(list.activeCount()).isEqualTo(mailed.added()).isEqualTo(mailed.recipients());
        Delivery delivery = bronto.findDelivery(TEMPLATE, list.id(), sendAt).orElseThrow();
        assertThat(delivery.listIds()).containsExactly(list.id());

        advanceSandboxClock(Duration.ofDays(1));
        management.executeJob(sendTime.getId());

        Task cleanup = await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery()
                .processInstanceId(execution.getId()).taskDefinitionKey(Elements.CLEAN_UP_LISTS).singleResult(),
                found -> found != null);
        assertThat(snapshots.all(executionId)).hasSize(7)
                .allSatisfy(snapshot -> assertThat(snapshot.deliveryId()).isEqualTo(delivery.id()));
        assertThat(tasks.getVariable(cleanup.getId(), Variables.LIST_NAMES)).isEqualTo(listName);
        // the sandbox's clock ran a day ahead, the product's did not: the send still lies ahead for the analysis
        // (a control group drawn from 60 customers at 10 % is now and then empty)
        assertThat((String) tasks.getVariable(cleanup.getId(), Variables.RESULT_SUMMARY)).startsWith(
                summary.control() == 0 ? "No control group" : "The effect on purchases is measured from the send on");
        assertThat(jdbc.sql("select metrics_completed_at from campaign_execution where id = ?").param(executionId)
                .query(OffsetDateTime.class).optional()).isPresent();
        tasks.complete(cleanup.getId(), Map.of(Variables.CLEANUP_ACTION, Choices.DELETE_LISTS));

        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceId(execution.getId()).count() == 0);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(execution.getId())
                .activityId(Elements.COMPLETED).count()).isOne();
        assertThat(bronto.findList(listName)).isEmpty();
        assertThat(bronto.findDelivery(TEMPLATE, list.id(), sendAt)).map(Delivery::id).contains(delivery.id());
    }

    private long planForToday(String tag, long group, OffsetDateTime sendAt) {
        long plan = ExecutionFixture.plan(jdbc, tag, group, TEMPLATE, null, sendAt.toLocalDate(), "shop@example.com");
        jdbc.sql("update campaign_plan set send_time = ?, time_zone = 'UTC' where id = ?")
                .params(LocalTime.of(sendAt.getHour(), sendAt.getMinute()), plan).update();
        return plan;
    }

    private void nightlyRun(LocalDate date) {
        PlainHttp http = new PlainHttp(port);
        assertThat(http.send(http.request("/api/nightly-run?date=" + date)
                .header("Authorization", PlainHttp.basic("demo", "demo"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(202);
    }

    private void advanceSandboxClock(Duration by) {
        PlainHttp http = new PlainHttp(port);
        assertThat(http.send(http.request("/sandbox/control/clock?advance=" + by)
                .header("Authorization", PlainHttp.basic("demo", "demo"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(200);
    }
}
