package io.retentionflow.contacts;

import io.retentionflow.bronto.BrontoGateway;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and ends contact syncs. A sync takes on, once each, the customers with an address whose Bronto contact
 * is not known to hold their current address and names: new customers, changed ones, those Bronto did not have,
 * and those not looked up for a while. A customer Bronto refused is not sent again until their data changes. With
 * the sync switched off, it takes on the customers never looked up, looked up under another address or not for a
 * while, to look them up only.
 */
@Service
public class ContactSyncs {

    /** Who asked for a sync. */
    public enum RequestedBy { NIGHTLY, ON_DEMAND }

    /** One batch of a sync: its number and how many customers it holds (at most 5,000). */
    public record Batch(int number, int customers) {}

    /** A sync as it starts: its id and its batches (none when everyone is up to date). */
    public record Plan(long syncId, List<Batch> batches) {}

    private static final Duration KEPT = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final ContactSyncProperties properties;
    private final ContactFieldResolver fields;
    private final Clock clock;

    ContactSyncs(JdbcClient jdbc, ContactSyncProperties properties, ContactFieldResolver fields, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.fields = fields;
        this.clock = clock;
    }

    /**
     * Begins the sync of this process instance. Syncs of instances no longer running (cancelled in Cockpit, or cut
     * short by the nightly run) are closed first; customers another running sync still has in hand are left to it,
     * so no customer is in two syncs at once.
     *
     * @param runningSyncs the process instances of the contact syncs running, asked only once this sync holds the
     *     lock, so a sync that began meanwhile is among them
     */
    @Transactional
    public Plan begin(String processInstanceId, RequestedBy requestedBy, Supplier<Collection<String>> runningSyncs) {
        jdbc.sql("select lock_name from data_import_lock where lock_name = 'contact-sync' for update")
                .query(String.class).single();
        Set<String> running = new HashSet<>(runningSyncs.get());
        running.add(processInstanceId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update contact_sync set finished_at = :now where finished_at is null and process_instance_id not in (:running)")
                .param("now", now).param("running", running).update();
        // as long as Camunda keeps the syncs' history (historyTimeToLive 30 days)
        jdbc.sql("delete from contact_sync where finished_at < :before").param("before", now.minus(KEPT)).update();
        boolean writes = properties.enabled();
        NameFields names = writes ? fields.resolve() : NameFields.NONE;
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into contact_sync (process_instance_id, requested_by, writes, first_name_field_id,
                    last_name_field_id, started_at)
                values (:instance, :requestedBy, :writes, :first, :last, :now)""")
                .param("instance", processInstanceId).param("requestedBy", requestedBy.name().toLowerCase())
                .param("writes", writes).param("first", names.firstNameId()).param("last", names.lastNameId())
                .param("now", now).update(key, "id");
        long syncId = key.getKey().longValue();
        jdbc.sql("""
                insert into contact_sync_item (sync_id, customer_id, batch_no)
                select :syncId, t.id, (t.rn - 1) / :perBatch + 1
                from (select c.id, row_number() over (order by c.email, c.id) as rn
                      from customer c left join customer_in_bronto b on b.customer_id = c.id
                      where c.email is not null and (%s)
                        and not exists (select 1 from contact_sync_item i join contact_sync s on s.id = i.sync_id
                                        where i.customer_id = c.id and i.outcome is null and s.finished_at is null
                                          and s.id <> :syncId)) t""".formatted(writes ? TO_WRITE : TO_LOOK_UP))
                .param("syncId", syncId).param("perBatch", BrontoGateway.MAX_OBJECTS_PER_CALL)
                .param("seenBefore", now.minus(properties.lookUpAfter())).update();
        return plan(syncId);
    }

    /**
     * Bronto is not known to hold the customer's address and names: never seen, another address, other names, not in
     * Bronto, or not looked up for {@code look-up-after} (an unsubscribe in Bronto changes no customer here); unless
     * Bronto refused exactly this data. Ordered by address, so most customers sharing one are in one batch.
     */
    private static final String TO_WRITE = """
            b.customer_id is null or b.email <> c.email
            or (b.refused_code is null and (b.contact_id is null or b.seen_at < :seenBefore
                or b.first_name is distinct from c.first_name or b.last_name is distinct from c.last_name))
            or (b.refused_code is not null and (b.first_name is distinct from c.first_name
                or b.last_name is distinct from c.last_name))""";

    /** With the sync off: customers never looked up, looked up under another address, or not for a while. */
    private static final String TO_LOOK_UP = "b.customer_id is null or b.email <> c.email or b.seen_at < :seenBefore";

    private Plan plan(long syncId) {
        List<Batch> batches = jdbc.sql("""
                select batch_no, count(*) as customers from contact_sync_item where sync_id = :id
                group by batch_no order by batch_no""")
                .param("id", syncId).query((rs, row) -> new Batch(rs.getInt("batch_no"), rs.getInt("customers")))
                .list();
        return new Plan(syncId, batches);
    }

    /** How a sync went: its customers by outcome (added, updated, unchanged, refused, looked_up). */
    public record Summary(long syncId, long customers, Map<String, Long> outcomes) {
        public long count(String outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }

        /** E.g. "1,204 customers: 940 added, 12 updated, 250 unchanged, 2 refused by Bronto." */
        public String describe() {
            NumberFormat number = NumberFormat.getIntegerInstance(Locale.ENGLISH);
            String counts = Stream.of(ContactSyncBatches.ADDED, ContactSyncBatches.UPDATED, ContactSyncBatches.UNCHANGED,
                            ContactSyncBatches.REFUSED, ContactSyncBatches.UNCONFIRMED, ContactSyncBatches.LOOKED_UP,
                            ContactSyncBatches.SKIPPED, "pending")
                    .filter(outcome -> count(outcome) > 0)
                    .map(outcome -> number.format(count(outcome)) + " " + outcome.replace('_', ' ')
                            + (outcome.equals(ContactSyncBatches.REFUSED) ? " by Bronto" : ""))
                    .collect(Collectors.joining(", "));
            return number.format(customers) + (customers == 1 ? " customer" : " customers")
                    + (counts.isEmpty() ? "" : ": " + counts) + ".";
        }
    }

    /** Ends a sync whose batches are all done; a customer left without an outcome lost their address meanwhile. */
    @Transactional
    public Summary finish(long syncId) {
        jdbc.sql("update contact_sync_item set outcome = :skipped where sync_id = :id and outcome is null")
                .param("skipped", ContactSyncBatches.SKIPPED).param("id", syncId).update();
        jdbc.sql("update contact_sync set finished_at = :now where id = :id and finished_at is null")
                .param("now", OffsetDateTime.now(clock)).param("id", syncId).update();
        return summary(syncId);
    }

    @Transactional(readOnly = true)
    public Summary summary(long syncId) {
        Map<String, Long> outcomes = jdbc.sql("""
                select coalesce(outcome, 'pending') as outcome, count(*) as customers from contact_sync_item
                where sync_id = :id group by coalesce(outcome, 'pending')""")
                .param("id", syncId)
                .query((rs, row) -> Map.entry(rs.getString("outcome"), rs.getLong("customers"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Summary(syncId, outcomes.values().stream().mapToLong(Long::longValue).sum(), outcomes);
    }
}
