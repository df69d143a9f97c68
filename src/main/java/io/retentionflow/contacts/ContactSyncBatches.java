package io.retentionflow.contacts;

import io.retentionflow.bronto.BrontoContact;
import io.retentionflow.bronto.BrontoException;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.bronto.ContactData;
import io.retentionflow.bronto.ObjectOutcome;
import io.retentionflow.bronto.WriteOutcome;
import io.retentionflow.contacts.CustomersInBronto.Lookup;
import io.retentionflow.contacts.CustomersInBronto.Synced;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Syncs one batch of a contact sync: looks its customers up in Bronto, writes with one addOrUpdateContacts call
 * those whose contact lacks their address or names, and records what became of each. Only the contacts written take
 * room in the account's pace, which list uploads share: a batch Bronto already agrees with costs none.
 *
 * <p>No customer is sent twice in a sync. Those about to be sent are marked first, in a commit of their own; the
 * mark goes when Bronto's answer is recorded, or when Bronto answered with an error that changed nothing. A batch
 * run again after its answer was lost (a timeout, a crash) looks its customers up: a marked customer Bronto holds as
 * sent is recorded unchanged, one it does not (refused, or never received) is left unconfirmed for the next sync.
 * Nothing sent carries a status, so Bronto keeps an unsubscribed or bounced contact as it is; a customer whose
 * address changed moves their own contact to it (by its id), unsubscription and all.
 */
@Service
public class ContactSyncBatches {

    static final String ADDED = "added";
    static final String UPDATED = "updated";
    static final String UNCHANGED = "unchanged";
    static final String REFUSED = "refused";
    static final String UNCONFIRMED = "unconfirmed";
    static final String LOOKED_UP = "looked_up";
    static final String SKIPPED = "skipped";

    /** A customer of the batch not yet done, with the contact the last sync left them and whether it was sent. */
    private record Pending(String customerId, String email, String firstName, String lastName, String knownEmail,
            String knownContactId, boolean attempted) {

        /** The address the product last wrote or found, where it is not the customer's now. */
        String earlierEmail() {
            return knownEmail != null && !knownEmail.equals(email) ? knownEmail : null;
        }
    }

    private record Sync(boolean writes, NameFields names) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final BrontoGateway bronto;
    private final CustomersInBronto customersInBronto;
    private final TransactionTemplate ownCommit;
    private final Clock clock;

    ContactSyncBatches(JdbcClient jdbc, JdbcTemplate jdbcTemplate, BrontoGateway bronto,
            CustomersInBronto customersInBronto, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.bronto = bronto;
        this.customersInBronto = customersInBronto;
        // what Bronto did is recorded whatever becomes of the job afterwards
        this.ownCommit = new TransactionTemplate(transactions);
        this.ownCommit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * @return empty when the batch is done; else the instant from which the pace has room for its writes (nothing was
     *     written or recorded: the batch runs again then)
     * @throws BrontoUnavailableException when Bronto is busy or down; the job retries
     */
    public Optional<Instant> sync(long syncId, int batchNo, WritePace pace) {
        Sync sync = jdbc.sql("select writes, first_name_field_id, last_name_field_id from contact_sync where id = :id")
                .param("id", syncId)
                .query((rs, row) -> new Sync(rs.getBoolean("writes"),
                        new NameFields(rs.getString("first_name_field_id"), rs.getString("last_name_field_id"))))
                .single();
        List<Pending> pending = pending(syncId, batchNo);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        // the earlier addresses too: a customer who moved keeps their contact if it is still there
        Map<String, BrontoContact> found = ContactLookup.byAddress(bronto, pending.stream()
                .flatMap(p -> Stream.of(p.email(), p.earlierEmail())).filter(Objects::nonNull).distinct().toList(),
                sync.names().ids());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!sync.writes()) {
            List<Lookup> lookups = pending.stream().map(p -> lookup(p, found.get(p.email()))).toList();
            record(pending.stream().map(p -> outcome(syncId, p, LOOKED_UP, null)).toList(),
                    () -> customersInBronto.recordLookups(lookups, now));
            return Optional.empty();
        }
        List<Synced> known = new ArrayList<>();
        List<Object[]> outcomes = new ArrayList<>();
        List<Pending> toWrite = new ArrayList<>();
        for (Pending customer : pending) {
            BrontoContact contact = found.get(customer.email());
            if (contact != null && sync.names().holds(contact.fields(), customer.firstName(), customer.lastName())) {
                known.add(synced(customer, contact.id(), contact.status(), null));
                outcomes.add(outcome(syncId, customer, UNCHANGED, null));
            } else if (customer.attempted()) {
                // sent before, its answer lost, and Bronto does not hold it: sending it again could make it twice
                known.add(synced(customer, contact == null ? null : contact.id(), contact == null ? null : contact.status(), null));
                outcomes.add(outcome(syncId, customer, UNCONFIRMED, null));
            } else {
                toWrite.add(customer);
            }
        }
        if (!toWrite.isEmpty()) {
            Optional<Instant> later = pace.claim(toWrite.size());
            if (later.isPresent()) {
                return later;
            }
            write(syncId, toWrite, found, sync.names(), known, outcomes);
        }
        record(outcomes, () -> customersInBronto.replace(known, now));
        return Optional.empty();
    }

    private void write(long syncId, List<Pending> toWrite, Map<String, BrontoContact> found, NameFields names,
            List<Synced> known, List<Object[]> outcomes) {
        markAttempted(syncId, toWrite, true);
        WriteOutcome written;
        try {
            written = bronto.addOrUpdateContacts(toWrite.stream()
                    .map(customer -> contactData(customer, found, names)).toList());
        } catch (BrontoUnavailableException e) {
            if (e.answeredWithoutApplying()) {
                markAttempted(syncId, toWrite, false);
            }
            throw e;
        } catch (BrontoException e) {
            // refused as a whole or not allowed: Bronto did nothing
            markAttempted(syncId, toWrite, false);
            throw e;
        }
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
                outcomes.add(outcome(syncId, customer, each.created() ? ADDED : UPDATED, null));
            } else {
                known.add(synced(customer, before == null ? null : before.id(), before == null ? null : before.status(), each));
                outcomes.add(outcome(syncId, customer, REFUSED, each.errorCode()));
            }
        }
    }

    private List<Pending> pending(long syncId, int batchNo) {
        return jdbc.sql("""
                select c.id, c.email, c.first_name, c.last_name, b.email as known_email, b.contact_id, i.attempted
                from contact_sync_item i join customer c on c.id = i.customer_id
                left join customer_in_bronto b on b.customer_id = c.id
                where i.sync_id = :syncId and i.batch_no = :batchNo and i.outcome is null and c.email is not null
                order by c.email, c.id""")
                .param("syncId", syncId).param("batchNo", batchNo)
                .query((rs, row) -> new Pending(rs.getString("id"), rs.getString("email"), rs.getString("first_name"),
                        rs.getString("last_name"), rs.getString("known_email"), rs.getString("contact_id"),
                        rs.getBoolean("attempted")))
                .list();
    }

    /**
     * A customer Bronto does not know under their address, whose contact under an earlier address is still there, is
     * that contact with a new address; anyone else is found or created by address.
     */
    private static ContactData contactData(Pending customer, Map<String, BrontoContact> found, NameFields names) {
        BrontoContact earlier = customer.earlierEmail() == null ? null : found.get(customer.earlierEmail());
        boolean moves = !found.containsKey(customer.email()) && earlier != null;
        return new ContactData(moves ? earlier.id() : null, customer.email(),
                names.contents(customer.firstName(), customer.lastName()));
    }

    /**
     * The contacts that took a customer's new address, read back: they kept their status (unsubscribed, bounced…),
     * which the write's answer does not tell.
     */
    private Map<String, BrontoContact> movedContacts(List<Pending> toWrite, WriteOutcome written,
            Map<String, BrontoContact> found) {
        List<String> moved = written.outcomes().stream().filter(ObjectOutcome::succeeded).filter(each -> !each.created())
                .map(each -> toWrite.get(each.index()).email()).filter(email -> !found.containsKey(email)).toList();
        return moved.isEmpty() ? Map.of() : ContactLookup.byAddress(bronto, moved, List.of());
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

    private static Object[] outcome(long syncId, Pending customer, String outcome, Integer errorCode) {
        return new Object[] {outcome, errorCode, syncId, customer.customerId()};
    }

    private void markAttempted(long syncId, List<Pending> customers, boolean attempted) {
        ownCommit.executeWithoutResult(status -> jdbcTemplate.batchUpdate(
                "update contact_sync_item set attempted = ? where sync_id = ? and customer_id = ?",
                customers.stream().map(c -> new Object[] {attempted, syncId, c.customerId()}).toList(),
                new int[] {Types.BOOLEAN, Types.BIGINT, Types.VARCHAR}));
    }

    /** The outcomes and what they say of the customers' contacts, committed together at once. */
    private void record(List<Object[]> outcomes, Runnable customers) {
        ownCommit.executeWithoutResult(status -> {
            customersInBronto.lock();
            jdbcTemplate.batchUpdate("""
                    update contact_sync_item set outcome = ?, error_code = ?, attempted = false
                    where sync_id = ? and customer_id = ?""",
                    outcomes, new int[] {Types.VARCHAR, Types.INTEGER, Types.BIGINT, Types.VARCHAR});
            customers.run();
        });
    }
}
