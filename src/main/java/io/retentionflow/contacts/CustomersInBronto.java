package io.retentionflow.contacts;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

    private final JdbcTemplate jdbc;

    CustomersInBronto(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        jdbc.batchUpdate("delete from customer_in_bronto where customer_id = ?",
                rows.stream().map(row -> new Object[] {row.customerId()}).toList());
        jdbc.batchUpdate("""
                insert into customer_in_bronto (customer_id, email, contact_id, status, first_name, last_name,
                    refused_code, refused_reason, seen_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(row -> new Object[] {row.customerId(), row.email(), row.contactId(), row.status(),
                        row.firstName(), row.lastName(), row.refusedCode(), shorten(row.refusedReason()), seenAt})
                        .toList(),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE});
    }

    /**
     * Records what look-ups found. The names and a refusal stay with the address they were written for: a look-up
     * of another address (the customer's new one) forgets them, so the next sync writes the customer again.
     */
    void recordLookups(List<Lookup> lookups, OffsetDateTime seenAt) {
        int[] updated = jdbc.batchUpdate("""
                update customer_in_bronto set
                    first_name = case when email = ? then first_name end,
                    last_name = case when email = ? then last_name end,
                    refused_code = case when email = ? then refused_code end,
                    refused_reason = case when email = ? then refused_reason end,
                    email = ?, contact_id = ?, status = ?, seen_at = ?
                where customer_id = ?""",
                lookups.stream().map(l -> new Object[] {l.email(), l.email(), l.email(), l.email(), l.email(),
                        l.contactId(), l.status(), seenAt, l.customerId()}).toList(),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR});
        List<Object[]> unknown = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                Lookup l = lookups.get(i);
                unknown.add(new Object[] {l.customerId(), l.email(), l.contactId(), l.status(), seenAt});
            }
        }
        jdbc.batchUpdate("""
                insert into customer_in_bronto (customer_id, email, contact_id, status, seen_at)
                values (?, ?, ?, ?, ?)""", unknown,
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE});
    }

    private static String shorten(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
