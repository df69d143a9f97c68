package io.retentionflow.benchmark;

import io.retentionflow.RetentionFlowApplication;
import io.retentionflow.campaigns.execution.ExecutionFixture;
import io.retentionflow.process.CampaignExecutionProcess.Elements;
import io.retentionflow.process.CampaignExecutionStarter;
import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.SandboxWitness;
import io.retentionflow.templates.TemplateCatalog;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A campaign run as the product runs it, job executor and all, on a new PostgreSQL database with the sandbox: an A/B
 * campaign with a control group, started, approved as in Tasklist, then its process builds the list, looks its
 * recipients up in Bronto, creates the Bronto lists, uploads the batches on their timers and schedules the deliveries.
 * Two figures come from it: the pace the sandbox saw at Bronto's real limit, and the end-to-end throughput with both
 * paces lifted.
 */
final class CampaignRunBenchmark {

    static final int BRONTO_PACE = 50_000;
    private static final double MAILED_SHARE = 0.98 * 0.90; // with an address, and not held out as control
    private static final Duration GIVE_UP = Duration.ofMinutes(20);
    private static final String APPROVE = Elements.APPROVE_TEMPLATE;
    private static final String BUILD_LIST = Elements.BUILD_RECIPIENT_LIST;
    private static final String CHECK_COVERAGE = Elements.CHECK_COVERAGE;
    private static final String UPLOAD_BATCH = Elements.UPLOAD_CONTACT_BATCH;
    private static final String SCHEDULE = Elements.SCHEDULE_DELIVERY;

    /** What one run left behind: the sandbox's record of uploads, and the process's own timing. */
    private record Run(long recipients, List<SandboxWitness.Upload> uploads, Duration endToEnd, Duration listBuild,
            Duration coverageCheck, Duration upload) {}

    private CampaignRunBenchmark() {
    }

    /** About {@code contacts} recipients uploaded at Bronto's pace, product and sandbox both holding 50,000 a minute. */
    static List<Figure> pacing(int contacts, HeapPeak heap) {
        Run run = run(contacts, BRONTO_PACE, BRONTO_PACE, "1s", heap);
        List<SandboxWitness.Upload> uploads = run.uploads();
        long total = uploads.stream().mapToLong(SandboxWitness.Upload::contacts).sum();
        Duration took = Duration.between(uploads.get(0).at(), uploads.get(uploads.size() - 1).at());
        double efficiency = SandboxWitness.paceEfficiency(uploads, BRONTO_PACE);
        long most = SandboxWitness.mostInAnyWindow(uploads, Duration.ofSeconds(60));
        String seen = "%,d contacts in %d uploads over %s, as the sandbox recorded them"
                .formatted(total, uploads.size(), took);
        return List.of(
                Figure.atLeast("pacing accuracy: %,d contacts at the real pace, share of 50,000/min".formatted(total),
                        100 * efficiency, "%", 95.0, seen + "; the best possible time over the time taken"),
                new Figure("… most contacts in any sliding 60-second window", most, "contacts", (double) BRONTO_PACE,
                        "every window that starts at an upload"));
    }

    /**
     * About {@code contacts} recipients with both paces lifted: list build, Bronto lists, upload and scheduling, timed
     * by the engine's history from the approval to the last delivery scheduled.
     */
    static List<Figure> headroom(int contacts, HeapPeak heap) {
        Run run = run(contacts, 1_000_000_000, 0, "0s", heap);
        double perMinute = run.recipients() * 60_000.0 / run.endToEnd().toMillis();
        return List.of(
                Figure.atLeast("headroom: %,d recipients approved to scheduled, paces lifted".formatted(run.recipients()),
                        perMinute, "contacts/min", 20.0 * BRONTO_PACE,
                        "end to end %.1f s; one run".formatted(run.endToEnd().toMillis() / 1e3)),
                new Figure("… of which building the recipient list", run.listBuild().toMillis() / 1e3, "s", null,
                        "the step's time in the engine's history"),
                new Figure("… of which looking every recipient up in Bronto", run.coverageCheck().toMillis() / 1e3,
                        "s", null, "the check's steps in the engine's history, from the first starting to the last ending"),
                new Figure("… of which uploading every batch", run.upload().toMillis() / 1e3, "s", null,
                        "from the first batch's step starting to the last one's ending"));
    }

    private static Run run(int contacts, int productPace, int sandboxPace, String paceMargin, HeapPeak heap) {
        String database = PostgresTestDatabase.createDatabase("benchmark_run");
        try (ConfigurableApplicationContext app = start(database, productPace, sandboxPace, paceMargin)) {
            JdbcTemplate jdbcTemplate = app.getBean(JdbcTemplate.class);
            JdbcClient jdbc = JdbcClient.create(jdbcTemplate);
            GeneratedAudience.insert(jdbcTemplate, (int) Math.ceil(contacts / MAILED_SHARE), true);
            long plan = plan(app, jdbc);

            OffsetDateTime sendAt = jdbc.sql("select start_date + send_time from campaign_plan where id = ?")
                    .param(plan).query(LocalDateTime.class).single().atOffset(ZoneOffset.UTC);
            app.getBean(CampaignExecutionStarter.class).start(plan, sendAt.toLocalDate());
            approve(app.getBean(TaskService.class), plan + "/" + sendAt.toLocalDate());
            Awaitility.await("both deliveries scheduled").atMost(GIVE_UP).pollInterval(Duration.ofSeconds(1))
                    .until(() -> jdbc.sql("select count(*) from execution_variant where delivery_id is not null")
                            .query(Long.class).single() == 2);

            heap.recordLiveHeap(); // while the product is still running, the list and its uploads done
            long recipients = jdbc.sql("select count(*) from execution_recipient where arm <> 'CONTROL'")
                    .query(Long.class).single();
            return new Run(recipients, new SandboxWitness(jdbc).uploads(),
                    Duration.between(lastEnd(jdbc, APPROVE), lastEnd(jdbc, SCHEDULE)),
                    Duration.between(firstStart(jdbc, BUILD_LIST), lastEnd(jdbc, BUILD_LIST)),
                    Duration.between(firstStart(jdbc, CHECK_COVERAGE), lastEnd(jdbc, CHECK_COVERAGE)),
                    Duration.between(firstStart(jdbc, UPLOAD_BATCH), lastEnd(jdbc, UPLOAD_BATCH)));
        }
    }

    /**
     * The product on its own database with the sandbox, the job executor running, no demo customers; the sandbox's
     * own templates seeded, which the plan sends.
     */
    private static ConfigurableApplicationContext start(String database, int productPace, int sandboxPace,
            String paceMargin) {
        return new SpringApplicationBuilder(RetentionFlowApplication.class)
                .profiles("sandbox")
                .run("--spring.datasource.url=" + database,
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                        "--server.port=0",
                        "--bronto.pace-per-minute=" + productPace,
                        "--bronto.pace-margin=" + paceMargin,
                        "--sandbox.pace-per-minute=" + sandboxPace,
                        "--imports.demo-data=false");
    }

    /** An A/B plan with a 10 % control group over every customer, sending in two hours (after every upload). */
    private static long plan(ConfigurableApplicationContext app, JdbcClient jdbc) {
        List<String> templates = app.getBean(TemplateCatalog.class).templates().stream().map(t -> t.id()).toList();
        long group = GeneratedAudience.targetGroup(jdbc, "everyone",
                "{\"field\":\"purchases\",\"op\":\">=\",\"value\":1}");
        OffsetDateTime sendAt = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        long plan = ExecutionFixture.plan(jdbc, "benchmark", group, templates.get(0), templates.get(1),
                sendAt.toLocalDate(), "shop@example.com");
        jdbc.sql("update campaign_plan set send_time = ?, time_zone = 'UTC' where id = ?")
                .params(LocalTime.of(sendAt.getHour(), sendAt.getMinute()), plan).update();
        return plan;
    }

    private static void approve(TaskService tasks, String businessKey) {
        Task approval = Awaitility.await("the approval task").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                        .taskDefinitionKey(APPROVE).singleResult(), task -> task != null);
        tasks.complete(approval.getId(), Map.of("approvalDecision", "approve"));
    }

    private static Instant firstStart(JdbcClient jdbc, String activity) {
        return jdbc.sql("select min(start_time_) from act_hi_actinst where act_id_ = ?").param(activity)
                .query(Timestamp.class).single().toInstant();
    }

    private static Instant lastEnd(JdbcClient jdbc, String activity) {
        return jdbc.sql("select max(end_time_) from act_hi_actinst where act_id_ = ?").param(activity)
                .query(Timestamp.class).single().toInstant();
    }
}
