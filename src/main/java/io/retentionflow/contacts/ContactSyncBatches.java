package io.retentionflow.contacts;

import io.retentionflow.bronto.BrontoContact;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.bronto.ContactData;
import io.retentionflow.bronto.ObjectOutcome;
import io.retentionflow.bronto.WriteOutcome;
import io.retentionflow.contacts.CustomersInBronto.Lookup;
import io.retentionflow.contacts.CustomersInBronto.Synced;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Syncs one batch of a contact sync: looks its customers up in Bronto, writes with one addOrUpdateContacts call
 * those whose contact lacks their address or names, and records what became of each.
 *
 * <p>Looking up first is what makes a batch safe to run again: after a crash between Bronto's answer and the
 * record, the retry finds the contacts Bronto already holds and records them as unchanged instead of sending
 * them twice. Nothing sent ever carries a status, so Bronto keeps an unsubscribed or bounced contact as it is;
 * a customer whose address changed updates their own contact (by its id), unsubscription and all.
 */
@Service
public class ContactSyncBatches {

    static final String ADDED = "added";
    static final String UPDATED = "updated";
    static final String UNCHANGED = "unchanged";
    static final String REFUSED = "refused";
    static final String LOOKED_UP = "looked_up";

    /** A customer of the batch not yet done, with the contact the last sync left them. */
    private record Pending(String customerId, String email, String firstName, String lastName, String knownEmail,
            String knownContactId) {}

    private record Sync(boolean writes, NameFields names) {}

    /** What one batch came to. */
    public record Outcome(int customers, int sent, Map<String, Long> outcomes) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final BrontoGateway bronto;
    private final CustomersInBronto customersInBronto;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ContactSyncBatches(JdbcClient jdbc, JdbcTemplate jdbcTemplate, BrontoGateway bronto,
            CustomersInBronto customersInBronto, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.bronto = bronto;
        this.customersInBronto = customersInBronto;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * @throws BrontoUnavailableException when Bronto is busy or down; nothing is recorded and the job retries
     */
    public Outcome sync(long syncId, int batchNo) {
        Sync sync = jdbc.sql("select writes, first_name_field_id, last_name_field_id from contact_sync where id = :id")
                .param("id", syncId)
                .query((rs, row) -> new Sync(rs.getBoolean("writes"),
                        new NameFields(rs.getString("first_name_field_id"), rs.getString("last_name_field_id"))))
                .single();
        List<Pending> pending = pending(syncId, batchNo);
        if (pending.isEmpty()) {
            return new Outcome(0, 0, Map.of());
        }
        Map<String, BrontoContact> found = ContactLookup.byAddress(bronto, pending.stream().map(Pending::email).toList(),
                sync.names().ids());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!sync.writes()) {
            List<Lookup> lookups = pending.stream().map(p -> lookup(p, found.get(p.email()))).toList();
            record(pending.stream().map(p -> new Object[] {LOOKED_UP, null, syncId, p.customerId()}).toList(),
                    () -> customersInBronto.recordLookups(lookups, now));
            return new Outcome(pending.size(), 0, Map.of(LOOKED_UP, (long) pending.size()));
        }
        List<Synced> known = new ArrayList<>();
        List<Object[]> outcomes = new ArrayList<>();
        List<Pending> toWrite = new ArrayList<>();
        for (Pending customer : pending) {
            BrontoContact contact = found.get(customer.email());
            if (contact != null && sync.names().holds(contact.fields(), customer.firstName(), customer.lastName())) {
                known.add(synced(customer, contact.id(), contact.status(), null));
                outcomes.add(new Object[] {UNCHANGED, null, syncId, customer.customerId()});
            } else {
                toWrite.add(customer);
            }
        }
        if (!toWrite.isEmpty()) {
            WriteOutcome written = bronto.addOrUpdateContacts(toWrite.stream()
                    .map(customer -> contactData(customer, found.get(customer.email()), sync.names())).toList());
            if (written.outcomes().size() != toWrite.size()) {
                throw new BrontoUnavailableException(0, "Bronto answered addOrUpdateContacts with %d outcomes for %d contacts"
                        .formatted(written.outcomes().size(), toWrite.size()), null);
            }
            Map<String, BrontoContact> moved = movedContacts(toWrite, written, found);
            for (ObjectOutcome each : written.outcomes()) {
                Pending customer = toWrite.get(each.index());
                BrontoContact before = found.getOrDefault(customer.email(), moved.get(customer.email()));
                if (each.succeeded()) {
                    // a contact Bronto creates through the API starts as onboarding (help r_api_soap_addcontacts)
                    known.add(synced(customer, each.id(), before != null ? before.status() : "onboarding", null));
                    outcomes.add(new Object[] {each.created() ? ADDED : UPDATED, null, syncId, customer.customerId()});
                } else {
                    known.add(synced(customer, before == null ? null : before.id(), before == null ? null : before.status(), each));
                    outcomes.add(new Object[] {REFUSED, each.errorCode(), syncId, customer.customerId()});
                }
            }
        }
        record(outcomes, () -> customersInBronto.replace(known, now));
        return new Outcome(pending.size(), toWrite.size(), outcomes.stream()
                .collect(Collectors.groupingBy(row -> (String) row[0], Collectors.counting())));
    }

    /**
     * The contacts that took a customer's new address, read back: they kept their status (unsubscribed, bounced…),
     * which the write's answer does not tell.
     */
    private Map<String, BrontoContact> movedContacts(List<Pending> toWrite, WriteOutcome written,
            Map<String, BrontoContact> found) {
        List<String> moved = written.outcomes().stream().filter(ObjectOutcome::succeeded).filter(each -> !each.created())
                .map(each -> toWrite.get(each.index()).email()).filter(email -> !found.containsKey(email)).toList();
        if (moved.isEmpty()) {
            return Map.of();
        }
        return ContactLookup.byAddress(bronto, moved, List.of());
    }

    private List<Pending> pending(long syncId, int batchNo) {
        return jdbc.sql("""
                select c.id, c.email, c.first_name, c.last_name, b.email as known_email, b.contact_id
                from contact_sync_item i join customer c on c.id = i.customer_id
                left join customer_in_bronto b on b.customer_id = c.id
                where i.sync_id = :syncId and i.batch_no = :batchNo and i.outcome is null and c.email is not null
                order by c.email, c.id""")
                .param("syncId", syncId).param("batchNo", batchNo)
                .query((rs, row) -> new Pending(rs.getString("id"), rs.getString("email"), rs.getString("first_name"),
                        rs.getString("last_name"), rs.getString("known_email"), rs.getString("contact_id")))
                .list();
    }

    /**
     * A customer Bronto does not know under their address, whose contact the product wrote under an earlier one,
     * is that contact with a new address; anyone else is found or created by address.
     */
    private static ContactData contactData(Pending customer, BrontoContact found, NameFields names) {
        boolean moved = found == null && customer.knownContactId() != null && !customer.email().equals(customer.knownEmail());
        return new ContactData(moved ? customer.knownContactId() : null, customer.email(),
                names.contents(customer.firstName(), customer.lastName()));
    }

    private static Synced synced(Pending customer, String contactId, String status, ObjectOutcome refusal) {
        return new Synced(customer.customerId(), customer.email(), contactId, status, customer.firstName(),
                customer.lastName(), refusal == null ? null : refusal.errorCode(),
                refusal == null ? null : refusal.errorMessage());
    }

    private static Lookup lookup(Pending customer, BrontoContact contact) {
        return new Lookup(customer.customerId(), customer.email(), contact == null ? null : contact.id(),
                contact == null ? null : contact.status());
    }

    /** The outcomes and what they say of the customers' contacts, in one transaction. */
    private void record(List<Object[]> outcomes, Runnable customers) {
        transaction.executeWithoutResult(status -> {
            jdbcTemplate.batchUpdate("update contact_sync_item set outcome = ?, error_code = ? where sync_id = ? and customer_id = ?",
                    outcomes, new int[] {Types.VARCHAR, Types.INTEGER, Types.BIGINT, Types.VARCHAR});
            customers.run();
        });
    }
}
