package io.retentionflow.campaigns.execution;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.retentionflow.bronto.BrontoErrorCode;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.bronto.ObjectOutcome;
import io.retentionflow.bronto.WriteOutcome;
import io.retentionflow.campaigns.Arm;
import io.retentionflow.system.MeterNames;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Uploads one batch of a variant's recipients to its Bronto list and records what Bronto did with each. */
@Service
public class ContactBatches {

    static final String ADDED = "added";
    static final String NOT_IN_BRONTO = "not_in_bronto";
    static final String REJECTED = "rejected";

    private record Recipient(String customerId, String email, String outcome) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final CampaignExecutionRepository executions;
    private final BrontoGateway bronto;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<String, Counter> contactsUploaded;
    private final Counter batchesUploaded;
    private final Counter batchesAlreadyRecorded;

    public ContactBatches(JdbcClient jdbc, JdbcTemplate jdbcTemplate, CampaignExecutionRepository executions,
            BrontoGateway bronto, PlatformTransactionManager transactions, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.executions = executions;
        this.bronto = bronto;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        // registered up front, so every outcome is a series from the start, at 0, for rate() and alerts
        this.contactsUploaded = Stream.of(ADDED, NOT_IN_BRONTO, REJECTED).collect(Collectors.toUnmodifiableMap(
                Function.identity(), outcome -> Counter.builder(MeterNames.CONTACTS_UPLOADED)
                        .description("Contacts sent to a Bronto list, by what Bronto did with them")
                        .tag(MeterNames.TAG_OUTCOME, outcome).register(meters)));
        this.batchesUploaded = batches(meters, "uploaded");
        this.batchesAlreadyRecorded = batches(meters, "already_recorded");
    }

    private static Counter batches(MeterRegistry meters, String outcome) {
        return Counter.builder(MeterNames.BATCHES)
                .description("Upload batch steps: sent to Bronto, or run again after every outcome was recorded")
                .tag(MeterNames.TAG_OUTCOME, outcome).register(meters);
    }

    /**
     * Sends the batch's recipients that have no outcome yet in one addToList call and records each one's
     * outcome: on the list (new, or already there: 506), not in Bronto (302), or rejected with Bronto's code.
     *
     * <p>Idempotent: outcomes are written in one transaction after Bronto answered. A batch fully recorded
     * sends nothing again; a crash between Bronto's answer and the record resends the batch, and Bronto
     * answers 506 for everyone already added, which counts as added. No one is added twice, no one lost.
     *
     * @throws BrontoUnavailableException when Bronto is busy (the pace: HTTP 503) or down; the job retries
     */
    public BatchOutcome upload(long executionId, Arm variant, int batchNo) {
        ExecutionVariant list = executions.variants(executionId).stream().filter(v -> v.variant() == variant)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("execution " + executionId + " has no variant " + variant));
        if (list.brontoListId() == null) {
            throw new IllegalStateException("variant " + variant + " of execution " + executionId + " has no Bronto list yet");
        }
        List<Recipient> batch = batch(executionId, variant, batchNo);
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("execution " + executionId + " has no batch " + batchNo + " of variant " + variant);
        }
        List<Recipient> pending = batch.stream().filter(r -> r.outcome() == null).toList();
        if (pending.isEmpty()) {
            batchesAlreadyRecorded.increment();
        } else {
            WriteOutcome outcome = bronto.addToList(list.brontoListId(), pending.stream().map(Recipient::email).toList());
            record(executionId, variant, batchNo, pending, outcome);
            batchesUploaded.increment();
        }
        return summary(executionId, variant, batchNo, batch.size(), pending.size());
    }

    private List<Recipient> batch(long executionId, Arm variant, int batchNo) {
        return jdbc.sql("""
                select customer_id, email, outcome from execution_recipient
                where execution_id = :id and arm = :arm and batch_no = :batchNo order by customer_id""")
                .param("id", executionId).param("arm", variant.name()).param("batchNo", batchNo)
                .query((rs, row) -> new Recipient(rs.getString("customer_id"), rs.getString("email"),
                        rs.getString("outcome")))
                .list();
    }

    /**
     * Writes every sent contact's outcome: the few Bronto refused (or already had) one by one with their code, then
     * the rest, everyone else still without an outcome in the batch, as added in a single statement, not 5,000.
     */
    private void record(long executionId, Arm variant, int batchNo, List<Recipient> sent, WriteOutcome outcome) {
        if (outcome.outcomes().size() != sent.size()) {
            throw new BrontoUnavailableException(0, "Bronto answered addToList with %d outcomes for %d contacts"
                    .formatted(outcome.outcomes().size(), sent.size()), null);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> withCode = outcome.outcomes().stream().filter(each -> !each.succeeded())
                .map(each -> new Object[] {outcomeOf(each), each.errorCode(), now, executionId,
                        sent.get(each.index()).customerId()})
                .toList();
        transaction.executeWithoutResult(status -> {
            jdbcTemplate.batchUpdate("""
                    update execution_recipient set outcome = ?, error_code = ?, uploaded_at = ?
                    where execution_id = ? and customer_id = ?""", withCode,
                    new int[] {Types.VARCHAR, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.VARCHAR});
            jdbc.sql("""
                    update execution_recipient set outcome = :added, uploaded_at = :now
                    where execution_id = :id and arm = :arm and batch_no = :batchNo and outcome is null""")
                    .param("added", ADDED).param("now", now).param("id", executionId).param("arm", variant.name())
                    .param("batchNo", batchNo).update();
        });
        outcome.outcomes().stream().collect(Collectors.groupingBy(ContactBatches::outcomeOf, Collectors.counting()))
                .forEach((recorded, contacts) -> contactsUploaded.get(recorded).increment(contacts));
    }

    private static String outcomeOf(ObjectOutcome outcome) {
        if (outcome.succeeded() || outcome.errorCode() == BrontoErrorCode.ALREADY_ON_LIST.code()) {
            return ADDED;
        }
        return outcome.errorCode() == BrontoErrorCode.CONTACT_NOT_FOUND.code() ? NOT_IN_BRONTO : REJECTED;
    }

    private BatchOutcome summary(long executionId, Arm variant, int batchNo, int recipients, int sent) {
        record Tally(int added, int notInBronto, int rejected) {}
        Tally tally = jdbc.sql("""
                select coalesce(sum(case when outcome = 'added' then 1 else 0 end), 0) as added,
                       coalesce(sum(case when outcome = 'not_in_bronto' then 1 else 0 end), 0) as not_in_bronto,
                       coalesce(sum(case when outcome = 'rejected' then 1 else 0 end), 0) as rejected
                from execution_recipient where execution_id = :id and arm = :arm and batch_no = :batchNo""")
                .param("id", executionId).param("arm", variant.name()).param("batchNo", batchNo)
                .query((rs, row) -> new Tally(rs.getInt("added"), rs.getInt("not_in_bronto"), rs.getInt("rejected")))
                .single();
        return new BatchOutcome(variant, batchNo, recipients, sent, tally.added(), tally.notInBronto(), tally.rejected());
    }
}
