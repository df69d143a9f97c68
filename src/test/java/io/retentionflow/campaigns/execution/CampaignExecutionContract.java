package io.retentionflow.campaigns.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.bronto.Delivery;
import io.retentionflow.bronto.MailList;
import io.retentionflow.bronto.sandbox.SandboxClock;
import io.retentionflow.bronto.sandbox.SandboxId;
import io.retentionflow.bronto.sandbox.UploadStore;
import io.retentionflow.campaigns.AbTestMetric;
import io.retentionflow.campaigns.Arm;
import io.retentionflow.campaigns.ArmAssignment;
import io.retentionflow.campaigns.execution.ExecutionFixture.DemoCustomer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The campaign execution's steps against the Bronto sandbox over HTTP, on the database of the subclass: a
 * campaign with a control group and an A/B test goes from target group to metrics and cleanup, and every
 * step is run again (as a job retry would, and after simulated crashes) without changing anything.
 */
abstract class CampaignExecutionContract {

    private static final int CUSTOMERS = 600;
    private static final int WITHOUT_EMAIL = 7;

    @Autowired CampaignExecutions executions;
    @Autowired RecipientLists recipientLists;
    @Autowired BrontoLists brontoLists;
    @Autowired ContactBatches contactBatches;
    @Autowired Deliveries deliveries;
    @Autowired DeliveryMetricsSnapshots metrics;
    @Autowired BrontoListCleanup cleanup;
    @Autowired ExecutionSummaries summaries;
    @Autowired BrontoGateway bronto;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate jdbcTemplate;
    @Autowired SandboxClock sandboxClock;
    @Autowired UploadStore uploads;

    @Test
    void aCampaignRunsFromTargetGroupToCleanupAndEveryStepCanRunAgain() {
        String tag = tag();
        List<DemoCustomer> customers = ExecutionFixture.demoCustomers(CUSTOMERS);
        ExecutionFixture.insertMembers(jdbcTemplate, tag, customers, WITHOUT_EMAIL);
        List<BrontoMessage> templates = optimoveTemplates();
        LocalDate runDate = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        String fromEmail = "winback-" + tag.toLowerCase() + "@shop.example";
        long planId = ExecutionFixture.plan(jdbc, tag, ExecutionFixture.targetGroup(jdbc, tag), templates.get(0).id(),
                templates.get(1).id(), runDate, fromEmail);

        // open: one execution per plan and date, whoever asks
        ExecutionId opened = executions.open(planId, runDate);
        assertThat(opened.businessKey()).isEqualTo(planId + "/" + runDate);
        assertThat(executions.open(planId, runDate)).isEqualTo(opened);
        OffsetDateTime start = runDate.atTime(LocalTime.of(9, 30)).atZone(ZoneId.of("Europe/Berlin")).toOffsetDateTime();
        CampaignExecution execution = executions.get(opened.id());
        assertThat(execution.sendAt()).isEqualTo(start);
        assertThat(execution.replyTo()).isEqualTo("service@example.com");

        // recipients: drawn as ArmAssignment says, the same on a rebuild, frozen once built
        ArmAssignment arms = new ArmAssignment(planId, 10, 50);
        Map<Arm, List<DemoCustomer>> expected = customers.stream()
                .collect(Collectors.groupingBy(c -> arms.armOf(ExecutionFixture.customerId(tag, c.demoId())),
                        () -> new EnumMap<>(Arm.class), Collectors.toList()));
        RecipientListCounts counts = recipientLists.build(opened.id());
        assertThat(counts.targetSize()).isEqualTo(CUSTOMERS + WITHOUT_EMAIL);
        assertThat(counts.withoutEmail()).isEqualTo(WITHOUT_EMAIL);
        assertThat(counts.control()).isEqualTo(expected.get(Arm.CONTROL).size()).isPositive();
        assertThat(counts.recipients()).containsEntry(Arm.A, (long) expected.get(Arm.A).size())
                .containsEntry(Arm.B, (long) expected.get(Arm.B).size());
        assertThat(counts.batches()).containsEntry(Arm.A, 1).containsEntry(Arm.B, 1);
        ExecutionFixture.insertMembers(jdbcTemplate, tag, List.of(new DemoCustomer(1_000_000, "late@example.com")), 0);
        assertThat(recipientLists.build(opened.id())).isEqualTo(counts);
        assertThat(recipientRows(opened.id())).isEqualTo(CUSTOMERS);

        // lists: one per variant, found again by id or by name
        List<VariantList> lists = brontoLists.createFor(opened.id());
        assertThat(lists).extracting(VariantList::name)
                .containsExactly("rf-" + planId + "-" + runDate + "-a", "rf-" + planId + "-" + runDate + "-b");
        assertThat(brontoLists.createFor(opened.id())).isEqualTo(lists);
        jdbc.sql("update execution_variant set bronto_list_id = null where execution_id = :id").param("id", opened.id()).update();
        assertThat(brontoLists.createFor(opened.id())).isEqualTo(lists);
        String listA = lists.get(0).listId();
        String listB = lists.get(1).listId();

        // upload: everyone Bronto knows is on the list once; the others are recorded as not in Bronto
        BatchOutcome a = contactBatches.upload(opened.id(), Arm.A, 1);
        BatchOutcome b = contactBatches.upload(opened.id(), Arm.B, 1);
        assertBatch(a, expected.get(Arm.A));
        assertBatch(b, expected.get(Arm.B));
        assertThat(contactBatches.upload(opened.id(), Arm.A, 1)).isEqualTo(new BatchOutcome(Arm.A, 1, a.recipients(), 0,
                a.added(), a.notInBronto(), 0));
        // a crash after Bronto's answer, before the outcomes were recorded: the resend adds nobody twice
        jdbc.sql("update execution_recipient set outcome = null, error_code = null where execution_id = :id and arm = 'A'")
                .param("id", opened.id()).update();
        BatchOutcome resent = contactBatches.upload(opened.id(), Arm.A, 1);
        assertThat(resent.sent()).isEqualTo(a.recipients());
        assertThat(resent).isEqualTo(new BatchOutcome(Arm.A, 1, a.recipients(), a.recipients(), a.added(), a.notInBronto(), 0));
        assertThat(addedPerUpload(listA)).isEqualTo(a.added());
        assertThat(addedPerUpload(listB)).isEqualTo(b.added());
        assertThat(bronto.findList(lists.get(0).name())).map(MailList::activeCount).contains((long) a.added());
        assertThat(bronto.findList(lists.get(1).name())).map(MailList::activeCount).contains((long) b.added());
        assertThat(membersOf(listA)).containsExactlyInAnyOrderElementsOf(knownEmails(expected.get(Arm.A)));
        assertThat(membersOf(listB)).containsExactlyInAnyOrderElementsOf(knownEmails(expected.get(Arm.B)));
        assertThat(knownEmails(expected.get(Arm.CONTROL))).isNotEmpty()
                .doesNotContainAnyElementsOf(membersOf(listA)).doesNotContainAnyElementsOf(membersOf(listB));
        DemoCustomer stranger = expected.get(Arm.A).stream().filter(c -> !c.inBronto()).findFirst().orElseThrow();
        assertThat(jdbc.sql("select outcome, error_code from execution_recipient where execution_id = :id and customer_id = :c")
                .param("id", opened.id()).param("c", ExecutionFixture.customerId(tag, stranger.demoId()))
                .query((rs, row) -> rs.getString(1) + "/" + rs.getInt(2)).single()).isEqualTo("not_in_bronto/302");

        // deliveries: one per variant, at the planned start, with the plan's sender; never a second one
        List<ScheduledDelivery> scheduled = deliveries.scheduleFor(opened.id());
        assertThat(scheduled).extracting(ScheduledDelivery::variant).containsExactly(Arm.A, Arm.B);
        assertThat(deliveries.scheduleFor(opened.id())).isEqualTo(scheduled);
        jdbc.sql("update execution_variant set delivery_id = null where execution_id = :id").param("id", opened.id()).update();
        assertThat(deliveries.scheduleFor(opened.id())).isEqualTo(scheduled);
        assertThat(jdbc.sql("select count(*) from sandbox_delivery where from_email = :from").param("from", fromEmail)
                .query(Long.class).single()).isEqualTo(2);
        for (ScheduledDelivery delivery : scheduled) {
            Delivery read = bronto.readDelivery(delivery.deliveryId()).orElseThrow();
            assertThat(read.start()).isEqualTo(start);
            assertThat(read.listIds()).containsExactly(delivery.variant() == Arm.A ? listA : listB);
            assertThat(read.messageId()).isEqualTo(templates.get(delivery.variant() == Arm.A ? 0 : 1).id());
            assertThat(jdbc.sql("select from_name || '|' || from_email || '|' || reply_email from sandbox_delivery where id = :id")
                    .param("id", SandboxId.DELIVERY.parse(delivery.deliveryId()).orElseThrow()).query(String.class).single())
                    .isEqualTo("Win-back team|" + fromEmail + "|service@example.com");
        }

        // metrics: a pull taken once is kept as it was
        List<DeliveryMetricsSnapshot> first = metrics.pull(opened.id(), 1);
        assertThat(first).hasSize(2).allSatisfy(s -> assertThat(s.metrics().sends()).isZero());
        sandboxClock.advance(Duration.ofDays(2));
        assertThat(metrics.pull(opened.id(), 1)).isEqualTo(first);
        List<DeliveryMetricsSnapshot> second = metrics.pull(opened.id(), 2);
        assertThat(second).allSatisfy(s -> assertThat(s.metrics().sends()).isPositive());
        assertThat(metrics.pull(opened.id(), 2)).isEqualTo(second);
        assertThat(metrics.all(opened.id())).hasSize(4);

        // the funnel
        ExecutionSummary summary = summaries.of(opened.id());
        assertThat(summary.targetSize()).isEqualTo(CUSTOMERS + WITHOUT_EMAIL);
        assertThat(summary.control()).isEqualTo(counts.control());
        assertThat(summary.variants()).containsExactly(
                new ExecutionSummary.Variant(Arm.A, templates.get(0).id(), a.recipients(), 1, a.recipients(), a.added(),
                        a.notInBronto(), 0, listA, scheduled.get(0).deliveryId()),
                new ExecutionSummary.Variant(Arm.B, templates.get(1).id(), b.recipients(), 1, b.recipients(), b.added(),
                        b.notInBronto(), 0, listB, scheduled.get(1).deliveryId()));

        // cleanup: lists gone, and a list already gone is fine
        cleanup.deleteLists(opened.id());
        assertThat(bronto.findList(lists.get(0).name())).isEmpty();
        assertThat(bronto.findList(lists.get(1).name())).isEmpty();
        jdbc.sql("update execution_variant set list_deleted_at = null where execution_id = :id").param("id", opened.id()).update();
        cleanup.deleteLists(opened.id());
        cleanup.markRemoved(opened.id());
        OffsetDateTime removedAt = executions.get(opened.id()).listsRemovedAt();
        assertThat(removedAt).isNotNull();
        cleanup.markRemoved(opened.id());
        assertThat(executions.get(opened.id()).listsRemovedAt()).isEqualTo(removedAt);
    }

    @Test
    void aTemplateBrontoNoLongerHasIsATypedRefusalWithCode205() {
        String tag = tag();
        ExecutionFixture.insertMembers(jdbcTemplate, tag, ExecutionFixture.demoCustomers(30), 0);
        String deletedTemplate = SandboxId.MESSAGE.format(987_654);
        LocalDate runDate = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        long planId = ExecutionFixture.plan(jdbc, tag, ExecutionFixture.targetGroup(jdbc, tag), deletedTemplate, null,
                runDate, "news@shop.example");
        ExecutionId opened = executions.open(planId, runDate);
        assertThat(recipientLists.build(opened.id()).recipients()).containsOnlyKeys(Arm.A);
        brontoLists.createFor(opened.id());

        assertThatThrownBy(() -> deliveries.scheduleFor(opened.id()))
                .isInstanceOfSatisfying(BrontoRefusalException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(205);
                    assertThat(refusal.variant()).isEqualTo(Arm.A);
                    assertThat(refusal.executionId()).isEqualTo(opened.id());
                });
        assertThat(summaries.of(opened.id()).variants()).singleElement()
                .satisfies(variant -> assertThat(variant.deliveryId()).isNull());
    }

    @Test
    void twoNodesOpeningTheSameRunGetOneExecution() {
        String tag = tag();
        long planId = ExecutionFixture.plan(jdbc, tag, ExecutionFixture.targetGroup(jdbc, tag), "t-a", null,
                LocalDate.of(2025, 6, 5), "news@shop.example");

        List<CompletableFuture<ExecutionId>> calls = List.of(
                CompletableFuture.supplyAsync(() -> executions.open(planId, LocalDate.of(2025, 6, 5))),
                CompletableFuture.supplyAsync(() -> executions.open(planId, LocalDate.of(2025, 6, 5))),
                CompletableFuture.supplyAsync(() -> executions.open(planId, LocalDate.of(2025, 6, 5))));

        Set<ExecutionId> ids = calls.stream().map(CompletableFuture::join).collect(Collectors.toSet());
        assertThat(ids).singleElement().extracting(ExecutionId::businessKey).isEqualTo(planId + "/2025-06-05");
        assertThat(jdbc.sql("select count(*) from campaign_execution where campaign_plan_id = :id").param("id", planId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(executions.open(planId, LocalDate.of(2025, 6, 6))).isNotIn(ids);
    }

    @Test
    void aRunKeepsTheMetricThePlanSaidOnItsDate() {
        String tag = tag();
        long group = ExecutionFixture.targetGroup(jdbc, tag);
        LocalDate runDate = LocalDate.of(2025, 6, 5);
        long abTest = ExecutionFixture.plan(jdbc, tag, group, "t-a", "t-b", runDate, "news@shop.example");
        long single = ExecutionFixture.plan(jdbc, tag + "-single", group, "t-a", null, runDate, "news@shop.example");
        setMetric(abTest, "opens");

        ExecutionId opened = executions.open(abTest, runDate);
        assertThat(executions.get(opened.id()).abTestMetric()).isEqualTo(AbTestMetric.OPENS);
        setMetric(abTest, "clicks");
        assertThat(executions.get(executions.open(abTest, runDate).id()).abTestMetric()).isEqualTo(AbTestMetric.OPENS);
        assertThat(executions.get(executions.open(abTest, runDate.plusDays(1)).id()).abTestMetric())
                .isEqualTo(AbTestMetric.CLICKS);
        assertThat(executions.get(executions.open(single, runDate).id()).abTestMetric()).isNull();
    }

    private void setMetric(long planId, String metric) {
        jdbc.sql("update campaign_plan set ab_test_metric = :metric where id = :id").param("metric", metric)
                .param("id", planId).update();
    }

    private List<BrontoMessage> optimoveTemplates() {
        return bronto.readMessages(bronto.findMessageFolder("Optimove").orElseThrow().id(), false);
    }

    private static void assertBatch(BatchOutcome outcome, List<DemoCustomer> expected) {
        long known = expected.stream().filter(DemoCustomer::inBronto).count();
        assertThat(outcome.recipients()).isEqualTo(expected.size());
        assertThat(outcome.sent()).isEqualTo(expected.size());
        assertThat(outcome.added()).isEqualTo(known);
        assertThat(outcome.notInBronto()).isEqualTo(expected.size() - known).isPositive();
        assertThat(outcome.rejected()).isZero();
    }

    /** The sandbox's own record of a list's members: the witness of what Bronto would mail. */
    private List<String> membersOf(String listId) {
        return jdbc.sql("""
                select c.email from sandbox_list_member m join sandbox_contact c on c.id = m.contact_id
                where m.list_id = :listId""")
                .param("listId", SandboxId.LIST.parse(listId).orElseThrow()).query(String.class).list();
    }

    private static List<String> knownEmails(List<DemoCustomer> customers) {
        return customers.stream().filter(DemoCustomer::inBronto).map(DemoCustomer::email).toList();
    }

    private long addedPerUpload(String listId) {
        return uploads.all().stream().filter(upload -> listId.equals(upload.listId())).mapToLong(UploadStore.Upload::added).sum();
    }

    private long recipientRows(long executionId) {
        return jdbc.sql("select count(*) from execution_recipient where execution_id = :id").param("id", executionId)
                .query(Long.class).single();
    }

    private static String tag() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
