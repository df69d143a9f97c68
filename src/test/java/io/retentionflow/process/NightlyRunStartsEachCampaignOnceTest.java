package io.retentionflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.campaigns.execution.ExecutionFixture;
import io.retentionflow.support.PlainHttp;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The business key {@code campaignId/date} is started once, however often the nightly run is
 * asked: twice in a row, by two nodes at once, or on demand over the API after the timer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:nightly-run-once;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "imports.demo-data=false"
})
class NightlyRunStartsEachCampaignOnceTest {

    @LocalServerPort
    int port;

    @Autowired
    CampaignExecutionStarter starter;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    private long campaignDueOn(String tag, LocalDate date) {
        ExecutionFixture.insertMembers(jdbcTemplate, tag, ExecutionFixture.demoCustomers(5), 0);
        long group = ExecutionFixture.targetGroup(jdbc, tag);
        return ExecutionFixture.plan(jdbc, tag, group, "0bba03eb0000000000000000000000000001", null, date,
                "shop@example.com");
    }

    private long executionsOf(long campaignId, LocalDate date) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CampaignExecutionProcess.PROCESS_ID)
                .processInstanceBusinessKey(campaignId + "/" + date).count();
    }

    @Test
    void startingTheSameDayTwiceStartsEachCampaignOnce() {
        LocalDate date = LocalDate.of(2026, 12, 7);
        long campaign = campaignDueOn("twice", date);

        assertThat(starter.startDue(date)).isEqualTo(1);
        assertThat(starter.startDue(date)).isZero();

        assertThat(executionsOf(campaign, date)).isEqualTo(1);
    }

    @Test
    void twoNodesAtOnceStartEachCampaignOnce() throws Exception {
        LocalDate date = LocalDate.of(2026, 12, 8);
        long campaign = campaignDueOn("race", date);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Integer>> started = new ArrayList<>();
        try {
            for (int node = 0; node < 2; node++) {
                started.add(nodes.submit(() -> {
                    together.await();
                    return starter.startDue(date);
                }));
            }
            int total = 0;
            for (Future<Integer> node : started) {
                total += node.get(30, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(executionsOf(campaign, date)).isEqualTo(1);
    }

    @Test
    void theOnDemandRunOverTheApiStartsWhatIsDueAndNothingTwice() {
        LocalDate date = LocalDate.of(2026, 12, 9);
        long campaign = campaignDueOn("api", date);
        PlainHttp http = new PlainHttp(port);

        for (int run = 0; run < 2; run++) {
            int status = http.send(http.request("/api/nightly-run?date=" + date)
                    .header("Authorization", PlainHttp.basic("demo", "demo"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode();
            assertThat(status).isEqualTo(202);
            runNightlyJobs();
        }

        assertThat(executionsOf(campaign, date)).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign + "/" + date)
                .activityIdIn(CampaignExecutionProcess.Elements.APPROVE_TEMPLATE).count()).isEqualTo(1);
        String key = campaign + "/" + date;
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
        assertThat(runtime.getVariable(instance, CampaignExecutionProcess.Variables.ESTIMATED_RECIPIENTS)).isEqualTo(5L);
        // the run synced the contacts before it started the campaign; the approval form says whom Bronto can mail
        assertThat(runtime.getVariable(instance, CampaignExecutionProcess.Variables.BRONTO_COVERAGE))
                .isEqualTo("5 of 5 in Bronto.");
        assertThat((String) runtime.getVariable(instance, CampaignExecutionProcess.Variables.TEMPLATE_SUBJECT))
                .isNotBlank();
        assertThat((String) runtime.getVariable(instance, CampaignExecutionProcess.Variables.TEMPLATE_CHOICES))
                .contains("0bba03eb0000000000000000000000000001|").doesNotContain("Order confirmation");
    }

    @Autowired
    io.retentionflow.campaigns.execution.CampaignExecutions executions;

    @Test
    void theApprovalMayPickAnotherOptimoveTemplateButNoOtherTemplate() {
        LocalDate date = LocalDate.of(2026, 12, 10);
        long campaign = campaignDueOn("pick", date);
        long execution = executions.open(campaign, date).id();

        executions.useApprovedTemplate(execution, "0bba03eb0000000000000000000000000002");
        assertThat(executions.get(execution).templateId()).isEqualTo("0bba03eb0000000000000000000000000002");

        // the Transactional folder's templates are never offered, whatever a hand-made form sends
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        executions.useApprovedTemplate(execution, "0bba03eb0000000000000000000000000004"))
                .isInstanceOf(io.retentionflow.campaigns.execution.TemplateNotOfferedException.class)
                .hasMessageContaining("not in Bronto's Optimove folder");
        assertThat(executions.get(execution).templateId()).isEqualTo("0bba03eb0000000000000000000000000002");
    }

    @Autowired
    io.retentionflow.templates.SenderDefaults senderDefaults;

    @Test
    void aRetryTakesUpTheSenderAsCorrectedSinceBrontoRefusedIt() {
        LocalDate date = LocalDate.of(2026, 12, 11);
        long campaign = campaignDueOn("fix", date);
        long execution = executions.open(campaign, date).id();
        jdbc.sql("update campaign_plan set from_email = null where id = ?").param(campaign).update();
        senderDefaults.save("0bba03eb0000000000000000000000000001",
                new io.retentionflow.templates.Sender(null, "fixed@shop.example", null));

        executions.takeUpSenderCorrections(execution);

        assertThat(executions.get(execution).fromEmail()).isEqualTo("fixed@shop.example");
    }

    @Test
    void theNightlyTimerIsDueAtTwoInTheMorning() {
        Job timer = management.createJobQuery().processDefinitionKey(NightlyCampaignRunProcess.PROCESS_ID)
                .timers().singleResult();

        java.time.ZonedDateTime due = timer.getDuedate().toInstant().atZone(java.time.ZoneId.of("UTC"));
        assertThat(due.getHour()).isEqualTo(2);
        assertThat(due.getMinute()).isZero();
        assertThat(due).isAfter(java.time.ZonedDateTime.now(java.time.ZoneId.of("UTC")));
    }

    @Test
    void aCampaignThatCannotStartHoldsUpNoOther() {
        LocalDate date = LocalDate.of(2026, 12, 12);
        long good = campaignDueOn("good", date);
        long broken = campaignDueOn("broken", date);
        // a rule no parser accepts any more, as a hand-edited database might hold
        jdbc.sql("update target_group set rule_json = '{\"field\":\"gone\",\"op\":\"=\",\"value\":1}' "
                + "where id = (select target_group_id from campaign_plan where id = ?)").param(broken).update();
        PlainHttp http = new PlainHttp(port);
        http.send(http.request("/api/nightly-run?date=" + date).header("Authorization", PlainHttp.basic("demo", "demo"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        List<String> failed = runNightlyJobs();

        assertThat(failed).hasSize(1);
        assertThat(executionsOf(good, date)).isOne();
        assertThat(executionsOf(broken, date)).isZero();
    }

    @Test
    void aContactSyncThatTakesTooLongHoldsUpNoCampaign() {
        LocalDate date = LocalDate.of(2026, 12, 13);
        long campaign = campaignDueOn("slow", date);
        String run = nightlyRuns.runFor(date).processInstanceId();
        for (String step : List.of(NightlyCampaignRunProcess.Elements.REFRESH_CUSTOMER_DATA,
                ContactSyncProcess.Elements.NIGHTLY_SYNC_CONTACTS)) {
            management.executeJob(management.createJobQuery().processInstanceId(run).activityId(step).singleResult().getId());
        }
        // the sync waits (for Bronto, say); the run's patience is an hour
        Job tooLong = management.createJobQuery().processInstanceId(run)
                .activityId(ContactSyncProcess.Elements.NIGHTLY_SYNC_TOO_LONG).singleResult();
        assertThat(tooLong.getDuedate().toInstant())
                .isBetween(java.time.Instant.now().plusSeconds(3_500), java.time.Instant.now().plusSeconds(3_700));
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(run).count()).isOne();

        management.executeJob(tooLong.getId());

        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(run).count()).as("the sync is cut short").isZero();
        for (String step : List.of(NightlyCampaignRunProcess.Elements.FIND_DUE_CAMPAIGNS,
                NightlyCampaignRunProcess.Elements.START_CAMPAIGN_EXECUTION)) {
            management.createJobQuery().processInstanceId(run).activityId(step).list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        assertThat(executionsOf(campaign, date)).isOne();
    }

    @Autowired
    NightlyRuns nightlyRuns;

    /** The job executor is off: run the nightly run's async steps as it would; returns the failures. */
    private List<String> runNightlyJobs() {
        List<String> failures = new ArrayList<>();
        for (String step : List.of(NightlyCampaignRunProcess.Elements.REFRESH_CUSTOMER_DATA,
                ContactSyncProcess.Elements.NIGHTLY_SYNC_CONTACTS,
                NightlyCampaignRunProcess.Elements.FIND_DUE_CAMPAIGNS,
                NightlyCampaignRunProcess.Elements.START_CAMPAIGN_EXECUTION)) {
            for (Job job : management.createJobQuery().processDefinitionKey(NightlyCampaignRunProcess.PROCESS_ID)
                    .activityId(step).withRetriesLeft().list()) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    failures.add(failed.getMessage());
                }
            }
            // the sync the nightly run calls runs in a process of its own
            failures.addAll(ProcessJobs.runAll(management, ContactSyncProcess.PROCESS_ID));
        }
        return failures;
    }
}
