package io.retentionflow.contacts;

import io.retentionflow.bronto.BrontoContact;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.contacts.CustomersInBronto.Lookup;
import io.retentionflow.targeting.SqlCondition;
import io.retentionflow.targeting.TargetGroupSql;
import jakarta.annotation.PreDestroy;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many recipients Bronto can mail: estimated for a target group from what the product last saw of its
 * customers' contacts, and checked in Bronto for a campaign's recipient list just before the upload.
 */
@Service
public class BrontoCoverage {

    private record Recipient(String customerId, String email) {}

    /** Chunks looked up side by side, by one check or by all the checks of this node together. */
    static final int CHUNKS_AT_ONCE = 4;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final BrontoGateway bronto;
    private final CustomersInBronto customersInBronto;
    private final TransactionTemplate transaction;
    private final ExecutorService lookupThreads = Executors.newFixedThreadPool(CHUNKS_AT_ONCE,
            new CustomizableThreadFactory("bronto-lookup-"));
    private final Clock clock;

    BrontoCoverage(JdbcClient jdbc, JdbcTemplate jdbcTemplate, BrontoGateway bronto, CustomersInBronto customersInBronto,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.bronto = bronto;
        this.customersInBronto = customersInBronto;
        this.transaction = new TransactionTemplate(transactions);
        // each chunk's record outlives a later chunk's failure, which rolls the job back
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        lookupThreads.shutdownNow();
    }

    /** The members with an address of a target group, by what the product last saw of their contacts. */
    public Coverage estimate(SqlCondition members) {
        return Coverage.of(countByReach(jdbc.sql("""
                select %s as reach, count(*) as customers
                from %s left join customer_in_bronto b on b.customer_id = c.id
                where c.email is not null and (%s)
                group by %s""".formatted(CustomersInBronto.REACH, TargetGroupSql.MEMBERS, members.sql(),
                        CustomersInBronto.REACH))
                .params(members.params())));
    }

    /**
     * Looks up in Bronto up to {@code chunks} × 5,000 mailed recipients of an execution not looked up yet, and records
     * for each whether Bronto can mail them, each chunk committed at once with the check's progress: a retry after a
     * crash or an outage goes on after the last chunk recorded. Up to {@link #CHUNKS_AT_ONCE} chunks are looked up side
     * by side, each call mostly a wait on Bronto, and recorded in order, so the progress only ever moves past chunks
     * recorded.
     *
     * @return whether every mailed recipient is looked up now (the execution's coverage is then known)
     * @throws BrontoUnavailableException when Bronto is busy or down; the job retries
     */
    public boolean lookUp(long executionId, int chunks) {
        String through = checkedThrough(executionId);
        for (int done = 0; done < chunks; done += CHUNKS_AT_ONCE) {
            List<List<Recipient>> parts = partition(after(executionId, through,
                    Math.min(CHUNKS_AT_ONCE, chunks - done) * BrontoGateway.MAX_OBJECTS_PER_CALL));
            if (parts.isEmpty()) {
                break;
            }
            List<CompletableFuture<Map<String, BrontoContact>>> lookups = parts.stream()
                    .map(part -> CompletableFuture.supplyAsync(() -> ContactLookup.byAddress(bronto,
                            part.stream().map(Recipient::email).toList(), List.of()), lookupThreads))
                    .toList();
            for (int i = 0; i < parts.size(); i++) {
                List<Recipient> part = parts.get(i);
                Map<String, BrontoContact> found = joined(lookups.get(i));
                String last = part.get(part.size() - 1).customerId();
                OffsetDateTime now = OffsetDateTime.now(clock);
                transaction.executeWithoutResult(status -> record(executionId, part, found, last, now));
                through = last;
            }
        }
        if (!after(executionId, through, 1).isEmpty()) {
            return false;
        }
        jdbc.sql("update campaign_execution set coverage_checked_at = :now where id = :id and coverage_checked_at is null")
                .param("now", OffsetDateTime.now(clock)).param("id", executionId).update();
        return true;
    }

    private static List<List<Recipient>> partition(List<Recipient> recipients) {
        List<List<Recipient>> parts = new ArrayList<>();
        for (int from = 0; from < recipients.size(); from += BrontoGateway.MAX_OBJECTS_PER_CALL) {
            parts.add(recipients.subList(from, Math.min(recipients.size(), from + BrontoGateway.MAX_OBJECTS_PER_CALL)));
        }
        return parts;
    }

    /** The look-up's answer, or the look-up's own failure (Bronto unavailable, rejected...) as it was thrown. */
    private static <T> T joined(CompletableFuture<T> lookup) {
        try {
            return lookup.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * One chunk: the reach of those Bronto cannot mail, what the product now knows of each contact, and the check's
     * progress. A recipient left without a reach up to the progress is receivable, most of them: a million-recipient
     * list is not rewritten to say so.
     */
    private void record(long executionId, List<Recipient> recipients, Map<String, BrontoContact> found, String last,
            OffsetDateTime now) {
        customersInBronto.lock();
        List<Object[]> unreachable = new ArrayList<>();
        for (Recipient r : recipients) {
            BrontoReach reach = reach(found.get(r.email()));
            if (reach != BrontoReach.RECEIVABLE) {
                unreachable.add(new Object[] {reach.code(), executionId, r.customerId()});
            }
        }
        jdbcTemplate.batchUpdate("update execution_recipient set bronto_reach = ? where execution_id = ? and customer_id = ?",
                unreachable, new int[] {Types.VARCHAR, Types.BIGINT, Types.VARCHAR});
        customersInBronto.recordLookups(recipients.stream().map(r -> {
            BrontoContact contact = found.get(r.email());
            return new Lookup(r.customerId(), r.email(), contact == null ? null : contact.id(),
                    contact == null ? null : contact.status());
        }).toList(), now);
        jdbc.sql("update campaign_execution set coverage_checked_through = :last where id = :id")
                .param("last", last).param("id", executionId).update();
    }

    /** Looks up every mailed recipient not looked up yet, in one go, and returns the execution's coverage. */
    public Coverage check(long executionId) {
        lookUp(executionId, Integer.MAX_VALUE);
        return ofExecution(executionId).orElseThrow();
    }

    /** The mailed recipients of an execution by what the check before the upload found; none before the check. */
    public Optional<Coverage> ofExecution(long executionId) {
        boolean checked = jdbc.sql("select coverage_checked_at from campaign_execution where id = :id")
                .param("id", executionId).query((rs, row) -> rs.getObject(1) != null).optional().orElse(false);
        if (!checked) {
            return Optional.empty();
        }
        return Optional.of(Coverage.of(countByReach(jdbc.sql("""
                select coalesce(bronto_reach, 'receivable') as reach, count(*) as customers from execution_recipient
                where execution_id = :id and arm <> 'CONTROL' group by coalesce(bronto_reach, 'receivable')""")
                .param("id", executionId))));
    }

    private static Map<BrontoReach, Long> countByReach(JdbcClient.StatementSpec statement) {
        Map<BrontoReach, Long> byReach = new EnumMap<>(BrontoReach.class);
        statement.query((rs, row) -> Map.entry(rs.getString("reach"), rs.getLong("customers"))).list()
                .forEach(row -> byReach.merge(BrontoReach.ofCode(row.getKey()).orElseThrow(), row.getValue(), Long::sum));
        return byReach;
    }

    /** Where the check stands: the last recipient looked up, or "" before the first. */
    private String checkedThrough(long executionId) {
        return jdbc.sql("select coalesce(coverage_checked_through, '') from campaign_execution where id = :id")
                .param("id", executionId).query(String.class).single();
    }

    /** The next mailed recipients, in the order of their ids: straight from the key, however far the check is. */
    private List<Recipient> after(long executionId, String through, int count) {
        return jdbc.sql("""
                select customer_id, email from execution_recipient
                where execution_id = :id and customer_id > :through and arm <> 'CONTROL'
                order by customer_id fetch first :count rows only""")
                .param("id", executionId).param("through", through).param("count", count)
                .query((rs, row) -> new Recipient(rs.getString("customer_id"), rs.getString("email")))
                .list();
    }

    private static BrontoReach reach(BrontoContact contact) {
        return BrontoReach.ofStatus(contact == null ? null : contact.status());
    }
}
