package io.retentionflow.campaigns.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.retentionflow.campaigns.Arm;
import io.retentionflow.campaigns.execution.ExecutionFixture.DemoCustomer;
import io.retentionflow.system.MeterNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The upload step's meters after real steps against the sandbox over HTTP. The context is
 * {@link CampaignExecutionH2Test}'s (same settings, so Spring reuses it): meters are compared before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:execution-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "imports.demo-data=false",
        "sandbox.pace-per-minute=0"})
@ActiveProfiles("sandbox")
class CampaignMetricsTest {

    @Autowired CampaignExecutions executions;
    @Autowired RecipientLists recipientLists;
    @Autowired BrontoLists brontoLists;
    @Autowired ContactBatches contactBatches;
    @Autowired UploadPace pace;
    @Autowired MeterRegistry meters;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate jdbcTemplate;
    @Autowired Clock clock;

    @Test
    void anUploadedBatchCountsItsContactsByOutcomeOneBatchAndOneAddToList() {
        String tag = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<DemoCustomer> customers = ExecutionFixture.demoCustomers(200);
        ExecutionFixture.insertMembers(jdbcTemplate, tag, customers, 0);
        LocalDate runDate = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        long planId = ExecutionFixture.plan(jdbc, tag, ExecutionFixture.targetGroup(jdbc, tag), "t-a", null, runDate,
                "news@shop.example");
        ExecutionId opened = executions.open(planId, runDate);
        assertThat(recipientLists.build(opened.id()).batches()).containsEntry(Arm.A, 1);
        brontoLists.createFor(opened.id());
        Counts before = counts();

        BatchOutcome batch = contactBatches.upload(opened.id(), Arm.A, 1);

        Counts after = counts();
        assertThat(batch.notInBronto()).isPositive();
        assertThat(after.added - before.added).isEqualTo(batch.added());
        assertThat(after.notInBronto - before.notInBronto).isEqualTo(batch.notInBronto());
        assertThat(after.rejected - before.rejected).isZero();
        assertThat((after.added + after.notInBronto) - (before.added + before.notInBronto)).isEqualTo(batch.recipients());
        assertThat(after.batchesUploaded - before.batchesUploaded).isOne();
        assertThat(after.addToListSucceeded - before.addToListSucceeded).isOne();

        // the step run again (a job retry after the outcomes were recorded): nothing sent, nothing counted twice
        contactBatches.upload(opened.id(), Arm.A, 1);

        Counts again = counts();
        assertThat(again.batchesAlreadyRecorded - after.batchesAlreadyRecorded).isOne();
        assertThat(again.added).isEqualTo(after.added);
        assertThat(again.batchesUploaded).isEqualTo(after.batchesUploaded);
        assertThat(again.addToListSucceeded).isEqualTo(after.addToListSucceeded);
    }

    @Test
    void aBatchWaitingForItsSlotInThePaceIsTimed() {
        Timer waits = meters.get(MeterNames.PACE_WAIT).timer();
        long counted = waits.count();
        double waited = waits.totalTime(TimeUnit.MILLISECONDS);

        // a whole minute's budget, then one contact more: that one waits for the first to leave the window
        Instant first = clock.instant();
        Instant fullMinute = pace.reserve(50_000).at();
        Instant second = clock.instant();
        Instant oneMore = pace.reserve(1).at();
        Instant last = clock.instant();

        assertThat(Duration.between(last, oneMore)).isGreaterThan(Duration.ofSeconds(55));
        assertThat(waits.count() - counted).isEqualTo(2);
        assertThat(waits.totalTime(TimeUnit.MILLISECONDS) - waited).isBetween(
                (double) Duration.between(second, fullMinute).plus(Duration.between(last, oneMore)).toMillis() - 1,
                (double) Duration.between(first, fullMinute).plus(Duration.between(first, oneMore)).toMillis() + 1);
    }

    private record Counts(double added, double notInBronto, double rejected, double batchesUploaded,
            double batchesAlreadyRecorded, long addToListSucceeded) {}

    private Counts counts() {
        Timer addToList = meters.find(MeterNames.BRONTO_CALLS).tag(MeterNames.TAG_OPERATION, "addToList")
                .tag(MeterNames.TAG_OUTCOME, "success").timer();
        return new Counts(contacts("added"), contacts("not_in_bronto"), contacts("rejected"), batches("uploaded"),
                batches("already_recorded"), addToList == null ? 0 : addToList.count());
    }

    private double contacts(String outcome) {
        return meters.get(MeterNames.CONTACTS_UPLOADED).tag(MeterNames.TAG_OUTCOME, outcome).counter().count();
    }

    private double batches(String outcome) {
        return meters.get(MeterNames.BATCHES).tag(MeterNames.TAG_OUTCOME, outcome).counter().count();
    }
}
