package io.retentionflow.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.bronto.sandbox.SandboxId;
import io.retentionflow.campaigns.execution.ExecutionFixture;
import io.retentionflow.process.CampaignExecutionProcess.Choices;
import io.retentionflow.process.CampaignExecutionProcess.Elements;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Bronto outage in the middle of a campaign's upload, with WireMock between the product and the sandbox:
 * first the calls time out, then Bronto answers 503 for as long as the step has retries. The step ends as an
 * incident, as Cockpit shows it; an operator retries it once Bronto is back, and the campaign completes its
 * upload with every contact on the list and no batch sent twice. Jobs are run by hand, one by one, as the
 * job executor would, so the retries' waits (30 s up to an hour) take no time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:bronto-outage-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "imports.demo-data=false",
        "sandbox.pace-per-minute=0",
        "bronto.pace-per-minute=1000000",
        "bronto.read-timeout=3s"})
@ActiveProfiles("sandbox")
class BrontoOutageTest {

    private static final int CUSTOMERS = 12_000;
    private static final WireMockServer BRONTO = new WireMockServer(options().dynamicPort());

    static {
        BRONTO.start();
    }

    @DynamicPropertySource
    static void bronto(DynamicPropertyRegistry registry) {
        registry.add("bronto.endpoint", () -> BRONTO.baseUrl() + "/sandbox/bronto/v4");
    }

    @AfterAll
    static void stop() {
        BRONTO.stop();
    }

    @LocalServerPort int port;
    @Autowired CampaignExecutionStarter starter;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate jdbcTemplate;

    @BeforeEach
    void brontoIsTheSandbox() {
        BRONTO.resetAll();
        BRONTO.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom("http://localhost:" + port)));
    }

    @Test
    void anOutageEndsInAnIncidentThatARetryResumesWithoutSendingAnythingTwice() {
        String tag = "outage" + System.nanoTime() % 100_000;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ProcessInstance campaign = campaignOf(tag, today);
        tasks.complete(tasks.createTaskQuery().processInstanceId(campaign.getId()).singleResult().getId(),
                Map.of(Variables.APPROVAL_DECISION, Choices.APPROVE));
        runJobs(campaign, Elements.RECORD_APPROVED_TEMPLATE, Elements.BUILD_RECIPIENT_LIST, Elements.CHECK_COVERAGE,
                Elements.CREATE_BRONTO_LISTS,
                Elements.RESERVE_UPLOAD_SLOT, Elements.UPLOAD_SLOT);
        List<Job> uploads = jobsAt(campaign, Elements.UPLOAD_CONTACT_BATCH);
        assertThat(uploads).hasSize(3);

        // the first batch goes through; then Bronto stops answering in time, then answers 503
        management.executeJob(uploads.get(0).getId());
        Job failing = uploads.get(1);
        StubMapping slow = BRONTO.stubFor(addToList().willReturn(aResponse().proxiedFrom("http://localhost:" + port)
                .withFixedDelay(6_000)));
        failOnce(failing);
        BRONTO.removeStub(slow);
        BRONTO.stubFor(addToList().willReturn(aResponse().withStatus(503)));
        // the first run and one retry per interval of the step's cycle (PT30S,PT2M,PT10M,PT30M,PT1H)
        for (int attempt = 2; attempt <= 6; attempt++) {
            assertThat(runtime.createIncidentQuery().processInstanceId(campaign.getId()).count()).isZero();
            failOnce(failing);
        }

        Incident incident = runtime.createIncidentQuery().processInstanceId(campaign.getId()).singleResult();
        assertThat(incident).as("retries exhausted: an incident for Cockpit").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(Elements.UPLOAD_CONTACT_BATCH);
        assertThat(incident.getIncidentMessage()).contains("503");

        // Bronto is back; the operator retries the job, as Cockpit's "Retry" does
        BRONTO.resetAll();
        brontoIsTheSandbox();
        management.setJobRetries(failing.getId(), 1);
        management.executeJob(failing.getId());
        management.executeJob(uploads.get(2).getId());
        runJobs(campaign, Elements.BATCH_UPLOADED);
        runJobs(campaign, Elements.SCHEDULE_DELIVERY);

        assertThat(runtime.createIncidentQuery().processInstanceId(campaign.getId()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(campaign.getId())
                .activityIdIn(Elements.SEND_TIME).count()).as("waits for the send").isOne();
        Map<String, Object> list = jdbc.sql("select list_name, recipients from execution_variant").query().singleRow();
        long recipients = ((Number) list.get("recipients")).longValue();
        Map<String, Object> sandbox = jdbc.sql("""
                select count(distinct m.contact_id) as members,
                       (select coalesce(sum(u.submitted), 0) from sandbox_upload u where u.list_id = l.id) as submitted
                from sandbox_list l join sandbox_list_member m on m.list_id = l.id
                where l.name = :name group by l.id""").param("name", list.get("list_name")).query().singleRow();
        assertThat(((Number) sandbox.get("members")).longValue()).isEqualTo(recipients);
        // the timed-out call may have reached Bronto (it did: the proxy only delayed the answer); the rest never twice
        assertThat(((Number) sandbox.get("submitted")).longValue()).isBetween(recipients, recipients + 5_000);
        assertThat(jdbc.sql("select count(*) from execution_recipient where arm <> 'CONTROL' and outcome is null")
                .query(Long.class).single()).isZero();
    }

    private ProcessInstance campaignOf(String tag, LocalDate today) {
        ExecutionFixture.insertMembersKnownToBronto(jdbcTemplate, tag, CUSTOMERS);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String template = jdbc.sql("""
                select m.id from sandbox_message m join sandbox_message_folder f on f.id = m.folder_id
                where f.name = 'Optimove' order by m.id fetch first 1 rows only""").query(Long.class).single()
                .toString();
        long plan = ExecutionFixture.plan(jdbc, tag, ExecutionFixture.targetGroup(jdbc, tag),
                SandboxId.MESSAGE.format(Long.parseLong(template)), null, today,
                "shop@example.com");
        OffsetDateTime sendAt = now.plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        jdbc.sql("update campaign_plan set send_time = ?, time_zone = 'UTC', start_date = ?, end_date = ? where id = ?")
                .params(LocalTime.of(sendAt.getHour(), sendAt.getMinute()), sendAt.toLocalDate(), sendAt.toLocalDate(),
                        plan).update();
        assertThat(starter.start(plan, sendAt.toLocalDate())).isTrue();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(plan + "/" + sendAt.toLocalDate())
                .singleResult();
    }

    private MappingBuilder addToList() {
        return post(urlPathEqualTo("/sandbox/bronto/v4")).atPriority(1).withRequestBody(containing("addToList"));
    }

    /** Runs the job once and expects it to fail, as a retry by the job executor would. */
    private void failOnce(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (BrontoUnavailableException expected) {
            return;
        }
        throw new AssertionError("the upload went through during the outage");
    }

    private List<Job> jobsAt(ProcessInstance campaign, String activity) {
        return management.createJobQuery().processInstanceId(campaign.getId()).activityId(activity).list();
    }

    /** Runs every job now at each activity in turn, as the job executor would. */
    private void runJobs(ProcessInstance campaign, String... activities) {
        for (String activity : activities) {
            List<Job> jobs = jobsAt(campaign, activity);
            assertThat(jobs).as("jobs at %s", activity).isNotEmpty();
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
