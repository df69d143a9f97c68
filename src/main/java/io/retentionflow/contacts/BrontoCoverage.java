package io.retentionflow.contacts;

import io.retentionflow.bronto.BrontoContact;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.contacts.CustomersInBronto.Lookup;
import io.retentionflow.targeting.SqlCondition;
import io.retentionflow.targeting.TargetGroupSql;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many recipients Bronto can mail: estimated for a target group from what the product last saw of its
 * customers' contacts, and checked in Bronto for a campaign's recipient list just before the upload.
 */
@Service
public class BrontoCoverage {

    private record Recipient(String customerId, String email) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final BrontoGateway bronto;
    private final CustomersInBronto customersInBronto;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BrontoCoverage(JdbcClient jdbc, JdbcTemplate jdbcTemplate, BrontoGateway bronto, CustomersInBronto customersInBronto,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.bronto = bronto;
        this.customersInBronto = customersInBronto;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The members with an address of a target group, by what the product last saw of their contacts. */
    public Coverage estimate(SqlCondition members) {
        List<Map.Entry<String, Long>> rows = jdbc.sql("""
                select case when b.customer_id is null or b.email <> c.email then 'unknown'
                            when b.contact_id is null then 'none' else coalesce(b.status, 'active') end as status,
                       count(*) as customers
                from %s left join customer_in_bronto b on b.customer_id = c.id
                where c.email is not null and (%s)
                group by case when b.customer_id is null or b.email <> c.email then 'unknown'
                              when b.contact_id is null then 'none' else coalesce(b.status, 'active') end"""
                .formatted(TargetGroupSql.MEMBERS, members.sql()))
                .params(members.params())
                .query((rs, row) -> Map.entry(rs.getString("status"), rs.getLong("customers"))).list();
        Map<BrontoReach, Long> byReach = new EnumMap<>(BrontoReach.class);
        for (Map.Entry<String, Long> row : rows) {
            BrontoReach reach = switch (row.getKey()) {
                case "unknown" -> BrontoReach.NOT_LOOKED_UP;
                case "none" -> BrontoReach.NOT_IN_BRONTO;
                default -> BrontoReach.ofStatus(row.getKey());
            };
            byReach.merge(reach, row.getValue(), Long::sum);
        }
        return Coverage.of(byReach);
    }

    /**
     * Looks up in Bronto the mailed recipients of an execution not looked up yet, 5,000 at a time, and records for
     * each whether Bronto can mail them. A retry after a crash or an outage goes on with those still unknown.
     *
     * @throws BrontoUnavailableException when Bronto is busy or down; the job retries
     */
    public Coverage check(long executionId) {
        for (List<Recipient> chunk = unchecked(executionId); !chunk.isEmpty(); chunk = unchecked(executionId)) {
            Map<String, BrontoContact> found = ContactLookup.byAddress(bronto, chunk.stream().map(Recipient::email).toList(),
                    List.of());
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Recipient> looked = chunk;
            transaction.executeWithoutResult(status -> {
                jdbcTemplate.batchUpdate("update execution_recipient set bronto_coverage = ? where execution_id = ? and customer_id = ?",
                        looked.stream().map(r -> new Object[] {reach(found.get(r.email())).code(), executionId, r.customerId()})
                                .toList(), new int[] {Types.VARCHAR, Types.BIGINT, Types.VARCHAR});
                customersInBronto.recordLookups(looked.stream().map(r -> {
                    BrontoContact contact = found.get(r.email());
                    return new Lookup(r.customerId(), r.email(), contact == null ? null : contact.id(),
                            contact == null ? null : contact.status());
                }).toList(), now);
            });
        }
        jdbc.sql("update campaign_execution set coverage_checked_at = :now where id = :id and coverage_checked_at is null")
                .param("now", OffsetDateTime.now(clock)).param("id", executionId).update();
        return ofExecution(executionId);
    }

    /** The mailed recipients of an execution by what the check before the upload found. */
    public Coverage ofExecution(long executionId) {
        List<Map.Entry<String, Long>> rows = jdbc.sql("""
                select coalesce(bronto_coverage, 'unknown') as reach, count(*) as recipients from execution_recipient
                where execution_id = :id and arm <> 'CONTROL' group by coalesce(bronto_coverage, 'unknown')""")
                .param("id", executionId)
                .query((rs, row) -> Map.entry(rs.getString("reach"), rs.getLong("recipients"))).list();
        Map<BrontoReach, Long> byReach = new EnumMap<>(BrontoReach.class);
        rows.forEach(row -> byReach.merge(BrontoReach.ofCode(row.getKey()).orElse(BrontoReach.NOT_LOOKED_UP),
                row.getValue(), Long::sum));
        return Coverage.of(byReach);
    }

    private List<Recipient> unchecked(long executionId) {
        return jdbc.sql("""
                select customer_id, email from execution_recipient
                where execution_id = :id and arm <> 'CONTROL' and bronto_coverage is null
                order by customer_id fetch first :chunk rows only""")
                .param("id", executionId).param("chunk", BrontoGateway.MAX_OBJECTS_PER_CALL)
                .query((rs, row) -> new Recipient(rs.getString("customer_id"), rs.getString("email")))
                .list();
    }

    private static BrontoReach reach(BrontoContact contact) {
        return BrontoReach.ofStatus(contact == null ? null : contact.status());
    }
}
