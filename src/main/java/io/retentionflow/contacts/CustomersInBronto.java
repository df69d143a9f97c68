package io.retentionflow.contacts;

import io.retentionflow.system.Database;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the product last saw of each customer's Bronto contact ({@code customer_in_bronto}): written by the contact
 * sync, refreshed by every look-up, read for coverage. Callers hold the transaction, and {@link #lock} it first.
 */
@Repository
class CustomersInBronto {

    /** A customer's contact as a sync left it: the address and names Bronto holds, or the refusal of them. */
    record Synced(String customerId, String email, String contactId, String status, String firstName,
            String lastName, Integer refusedCode, String refusedReason) {}

    /** A customer's contact as a look-up found it; no contact id means Bronto holds no contact for the address. */
    record Lookup(String customerId, String email, String contactId, String status) {}

    private static final int MAX_REASON = 500;

    /**
     * A customer's {@link BrontoReach} code from {@code customer c} and its row {@code customer_in_bronto b}: a refusal
     * wins over "not in Bronto", a contact's status over both; no row, or a row for another address, is not looked up.
     */
    static final String REACH = """
            case when c.email is null then 'no_email'
                 when b.customer_id is null or b.email <> c.email then 'not_looked_up'
                 when b.contact_id is null and b.refused_code is not null then 'refused'
                 when b.contact_id is null then 'not_in_bronto'
                 when b.status in ('unsub', 'bounce', 'transactional') then b.status
                 else 'receivable' end""";

    /*
     * One statement per customer, finding their row by its key. On PostgreSQL an insert's conflict is found through
     * the key's index whatever the statistics say; an update or delete by key is planned like a query, and a plan
     * cached while the table was empty (after an ANALYZE, before a large campaign's first look-up) scans the whole
     * table for every row: 135,000 look-ups took nine minutes, growing with the square. H2 has no ON CONFLICT; its
     * MERGE finds the row by the key.
     */

    /** Every column replaced: the contact as a sync left it. */
    private static final String REPLACE_POSTGRES = """
            insert into customer_in_bronto (customer_id, email, contact_id, status, first_name, last_name,
                refused_code, refused_reason, seen_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (customer_id) do update set email = excluded.email, contact_id = excluded.contact_id,
                status = excluded.status, first_name = excluded.first_name, last_name = excluded.last_name,
                refused_code = excluded.refused_code, refused_reason = excluded.refused_reason,
                seen_at = excluded.seen_at""";
    private static final String REPLACE_H2 = """
            merge into customer_in_bronto (customer_id, email, contact_id, status, first_name, last_name,
                refused_code, refused_reason, seen_at)
            key (customer_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The names and a refusal stay with the address they were written for; a look-up of another forgets them. */
    private static final String LOOKUP_POSTGRES = """
            insert into customer_in_bronto as b (customer_id, email, contact_id, status, seen_at)
            values (?, ?, ?, ?, ?)
            on conflict (customer_id) do update set
                first_name = case when b.email = excluded.email then b.first_name end,
                last_name = case when b.email = excluded.email then b.last_name end,
                refused_code = case when b.email = excluded.email then b.refused_code end,
                refused_reason = case when b.email = excluded.email then b.refused_reason end,
                email = excluded.email, contact_id = excluded.contact_id, status = excluded.status,
                seen_at = excluded.seen_at""";
    private static final String LOOKUP_H2 = """
            merge into customer_in_bronto b
            using (select cast(? as varchar(64)) as customer_id, cast(? as varchar(254)) as email,
                          cast(? as varchar(64)) as contact_id, cast(? as varchar(20)) as status,
                          cast(? as timestamp with time zone) as seen_at) l
            on b.customer_id = l.customer_id
            when matched then update set
                first_name = case when b.email = l.email then b.first_name end,
                last_name = case when b.email = l.email then b.last_name end,
                refused_code = case when b.email = l.email then b.refused_code end,
                refused_reason = case when b.email = l.email then b.refused_reason end,
                email = l.email, contact_id = l.contact_id, status = l.status, seen_at = l.seen_at
            when not matched then insert (customer_id, email, contact_id, status, seen_at)
                values (l.customer_id, l.email, l.contact_id, l.status, l.seen_at)""";

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    CustomersInBronto(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.postgres = database.isPostgres();
    }

    /**
     * Serialises the writers of the table over the cluster until the caller's transaction ends: a sync's batch and a
     * campaign's coverage check may record the same new customer at once, and only one may insert the row.
     */
    void lock() {
        jdbc.queryForObject("select lock_name from data_import_lock where lock_name = 'customer-in-bronto' for update",
                String.class);
    }

    void replace(List<Synced> rows, OffsetDateTime seenAt) {
        jdbc.batchUpdate(postgres ? REPLACE_POSTGRES : REPLACE_H2,
                rows.stream().map(row -> new Object[] {row.customerId(), row.email(), row.contactId(), row.status(),
                        row.firstName(), row.lastName(), row.refusedCode(), shorten(row.refusedReason()), seenAt})
                        .toList(),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE});
    }

    /** Records what look-ups found. */
    void recordLookups(List<Lookup> lookups, OffsetDateTime seenAt) {
        jdbc.batchUpdate(postgres ? LOOKUP_POSTGRES : LOOKUP_H2,
                lookups.stream().map(l -> new Object[] {l.customerId(), l.email(), l.contactId(), l.status(), seenAt})
                        .toList(),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE});
    }

    private static String shorten(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
