package io.retentionflow.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.campaigns.execution.ExecutionFixture;
import io.retentionflow.campaigns.execution.RecipientLists;
import io.retentionflow.process.ContactSyncProcess;
import io.retentionflow.process.ContactSyncStarter;
import io.retentionflow.process.ProcessJobs;
import io.retentionflow.support.PlainHttp;
import io.retentionflow.targeting.TargetGroupService;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A company that keeps Bronto's contacts itself switches the sync off: the product then writes no contact, and
 * still knows, from look-ups, whom a campaign will not reach, before the approval and just before the upload.
 */
@Import(WriteRecorder.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:coverage-sync-off;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "imports.demo-data=false",
    "bronto.contact-sync.enabled=false"
})
class CoverageWithTheSyncSwitchedOffTest {

    @LocalServerPort
    int port;

    @Autowired
    WriteRecorder recorder;

    @Autowired
    ContactSyncStarter starter;

    @Autowired
    ManagementService management;

    @Autowired
    BrontoCoverage coverage;

    @Autowired
    MissingFromBronto missing;

    @Autowired
    TargetGroupService targetGroups;

    @Autowired
    CampaignExecutions executions;

    @Autowired
    RecipientLists recipientLists;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theProductLooksUpWritesNothingAndCountsWhomBrontoCannotMail() {
        // the first 60 demo customers: two are not in the sandbox (every 25th); make three more unreachable
        List<ExecutionFixture.DemoCustomer> customers = ExecutionFixture.demoCustomers(60);
        ExecutionFixture.insertMembers(jdbcTemplate, "cover", customers, 2);
        jdbc.sql("update sandbox_contact set status = 'unsub' where email in (?, ?)")
                .params(customers.get(0).email(), customers.get(1).email()).update();
        jdbc.sql("update sandbox_contact set status = 'bounce' where email = ?").param(customers.get(2).email()).update();
        long group = ExecutionFixture.targetGroup(jdbc, "cover");

        assertThat(coverage.estimate(targetGroups.memberCondition(group)).describe())
                .as("before any look-up").isEqualTo("0 of 60 in Bronto; 60 not looked up yet.");

        starter.start();
        assertThat(ProcessJobs.runAll(management, ContactSyncProcess.PROCESS_ID)).isEmpty();

        assertThat(recorder.written()).as("no contact written with the sync off").isEmpty();
        assertThat(jdbc.sql("select count(*) from sandbox_contact where source = 'api'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select distinct outcome from contact_sync_item").query(String.class).list())
                .containsExactly(ContactSyncBatches.LOOKED_UP);
        Coverage estimate = coverage.estimate(targetGroups.memberCondition(group));
        assertThat(estimate.describe()).isEqualTo(
                "55 of 60 in Bronto; 2 not in Bronto, 2 unsubscribed in Bronto, 1 bounced in Bronto.");
        Coverage summary = missing.summary();
        assertThat(summary.receivable()).isEqualTo(55);
        assertThat(summary.missing()).isEqualTo(7);
        assertThat(summary.missingByReason()).containsEntry(BrontoReach.NOT_IN_BRONTO, 2L)
                .containsEntry(BrontoReach.UNSUBSCRIBED, 2L)
                .containsEntry(BrontoReach.BOUNCED, 1L)
                .containsEntry(BrontoReach.NO_EMAIL, 2L)
                .doesNotContainKey(BrontoReach.RECEIVABLE);

        // Bronto changes after the look-up; the check before the upload sees it as it is then
        jdbc.sql("update sandbox_contact set status = 'unsub' where email = ?").param(customers.get(3).email()).update();
        long plan = ExecutionFixture.plan(jdbc, "cover", group, "0bba03eb0000000000000000000000000001", null,
                LocalDate.of(2031, 3, 3), "shop@example.com");
        long execution = executions.open(plan, LocalDate.of(2031, 3, 3)).id();
        recipientLists.build(execution);
        assertThat(coverage.ofExecution(execution)).as("no look-up yet").isEmpty();
        recorder.clear();
        Coverage checked = coverage.check(execution);

        Map<String, String> arms = jdbc.sql("select email, arm from execution_recipient where execution_id = ?")
                .param(execution).query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, String> sandbox = jdbc.sql("select email, status from sandbox_contact")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> mailed = arms.entrySet().stream().filter(e -> !e.getValue().equals("CONTROL")).map(Map.Entry::getKey).toList();
        long unreachable = mailed.stream().filter(email -> !List.of("active", "onboarding", "unconfirmed")
                .contains(sandbox.getOrDefault(email, "absent"))).count();
        assertThat(checked.customers()).isEqualTo(mailed.size());
        assertThat(checked.count(BrontoReach.NOT_LOOKED_UP)).isZero();
        assertThat(checked.missing()).isEqualTo(unreachable).isPositive();
        assertThat(checked.count(BrontoReach.NOT_IN_BRONTO))
                .isEqualTo(mailed.stream().filter(email -> !sandbox.containsKey(email)).count());
        assertThat(recorder.lookedUp()).as("every mailed recipient looked up once").hasSameSizeAs(mailed)
                .containsExactlyInAnyOrderElementsOf(mailed);
        recorder.clear();
        assertThat(coverage.check(execution)).isEqualTo(checked);
        assertThat(recorder.lookedUp()).as("a second check looks up no one again").isEmpty();

        HttpResponse<String> page = new PlainHttp(port).send(new PlainHttp(port).request("/bronto-contacts")
                .header("Authorization", PlainHttp.basic("demo", "demo")).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The contact sync is switched off", "Look up contacts now",
                "Unsubscribed in Bronto", customers.get(0).email());
    }
}
