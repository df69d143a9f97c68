package io.retentionflow.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.bronto.ContactData;
import io.retentionflow.process.ContactSyncProcess;
import io.retentionflow.process.ContactSyncStarter;
import io.retentionflow.process.ProcessJobs;
import io.retentionflow.support.PlainHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;

/**
 * The contact sync against the sandbox, on the demo base: the first sync, a second night with new, changed,
 * unsubscribed and invalid customers, a crash in the middle of a batch, and the coverage the product reports,
 * checked against the sandbox's own contacts. The job executor is off; the test runs the sync's jobs.
 *
 * <p>The tests build on each other's nights, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(WriteRecorder.class)
abstract class ContactSyncContract {

    @LocalServerPort
    int port;

    @Autowired
    WriteRecorder recorder;

    @Autowired
    ContactSyncStarter starter;

    @Autowired
    ContactSyncs syncs;

    @Autowired
    MissingFromBronto missing;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CustomersInBronto customersInBronto;

    @BeforeEach
    void recordWrites() {
        recorder.clear();
    }

    @Test
    @Order(1)
    void theFirstSyncAddsWhomBrontoLacksAndLeavesEveryContactsStatusAsItWas() {
        Map<String, String> statusBefore = sandboxStatuses();
        Set<String> customerEmails = Set.copyOf(jdbc.sql("select email from customer where email is not null")
                .query(String.class).list());
        long lacking = customerEmails.stream().filter(email -> !statusBefore.containsKey(email)).count();
        assertThat(lacking).as("the sandbox leaves every 25th demo customer out").isPositive();

        ContactSyncs.Summary summary = sync();

        assertThat(summary.customers()).isEqualTo(customerEmails.size());
        assertThat(summary.count(ContactSyncBatches.ADDED)).isEqualTo(lacking);
        assertThat(summary.count(ContactSyncBatches.UNCHANGED)).isEqualTo(customerEmails.size() - lacking);
        assertThat(summary.count(ContactSyncBatches.REFUSED)).isZero();
        assertThat(recorder.written().stream().mapToLong(List::size).sum()).as("only those Bronto lacked are written").isEqualTo(lacking);
        Map<String, String> statusAfter = sandboxStatuses();
        assertThat(statusAfter.keySet()).containsAll(customerEmails);
        statusBefore.forEach((email, status) -> assertThat(statusAfter.get(email)).as(email).isEqualTo(status));
        assertThat(jdbc.sql("select count(*) from bronto_upload_reservation where started = true")
                .query(Long.class).single()).as("the write took its start in the account's pace").isPositive();
        assertThat(jdbc.sql("select sum(submitted) from sandbox_upload where operation = 'addOrUpdateContacts'")
                .query(Long.class).single()).as("the sandbox counted the write in the same pace").isEqualTo(lacking);
        assertCoverageMatchesTheSandbox();
    }

    @Test
    @Order(2)
    void aSecondNightSendsOnlyTheNewAndChangedAndNeverTouchesAStatus() {
        String renamed = demoCustomerWithStatus("active", 0);
        String moved = demoCustomerWithStatus("active", 1);
        String unsubscribed = demoCustomerWithStatus("unsub", 0);
        String bounced = demoCustomerWithStatus("bounce", 0);
        String movedContact = sandboxContactId(emailOf(moved));
        String oldAddress = emailOf(moved);
        jdbc.sql("update customer set last_name = 'Renamed' where id = ?").param(renamed).update();
        jdbc.sql("update customer set email = 'moved.to.a.new@address.example' where id = ?").param(moved).update();
        jdbc.sql("update customer set first_name = 'Una' where id = ?").param(unsubscribed).update();
        jdbc.sql("update customer set email = 'bounced.before@new.example' where id = ?").param(bounced).update();
        insertCustomer("sync-new-1", "new.one@customers.example", "Nia", "New");
        insertCustomer("sync-new-2", "new.two@customers.example", null, null);
        // the customer file takes addresses up to 254 characters; Bronto's stop at 100 (317)
        insertCustomer("sync-too-long", "a".repeat(95) + "@long.example", "Lou", "Long");

        ContactSyncs.Summary summary = sync();

        assertThat(summary.customers()).as("the new and the changed, no one else").isEqualTo(7);
        assertThat(summary.count(ContactSyncBatches.ADDED)).isEqualTo(2);
        assertThat(summary.count(ContactSyncBatches.UPDATED)).isEqualTo(4);
        assertThat(summary.count(ContactSyncBatches.REFUSED)).isEqualTo(1);
        assertThat(fieldOf(emailOf(renamed), "lastname")).isEqualTo("Renamed");
        assertThat(fieldOf("new.one@customers.example", "firstname")).isEqualTo("Nia");
        assertThat(sandboxContactId("moved.to.a.new@address.example")).as("the same contact, a new address").isEqualTo(movedContact);
        assertThat(sandboxStatuses()).doesNotContainKey(oldAddress)
                .containsEntry(emailOf(unsubscribed), "unsub")
                .containsEntry("bounced.before@new.example", "bounce")
                .containsEntry(emailOf(renamed), "active");
        assertThat(fieldOf(emailOf(unsubscribed), "firstname")).isEqualTo("Una");
        assertThat(jdbc.sql("select error_code from contact_sync_item where sync_id = ? and customer_id = 'sync-too-long'")
                .param(summary.syncId()).query(Integer.class).single()).isEqualTo(317);

        MissingFromBronto.Customer tooLong = missing.page(Optional.of(BrontoReach.REFUSED), 0, 50)
                .items().stream().filter(c -> c.id().equals("sync-too-long")).findFirst().orElseThrow();
        assertThat(tooLong.explanation()).isEqualTo("refused by Bronto (317: longer than Bronto's 100 characters)");
        assertThat(page("/bronto-contacts?reason=refused")).contains("sync-too-long", "Refused by Bronto (317: longer than Bronto")
                .doesNotContain(emailOf(renamed));
        assertCoverageMatchesTheSandbox();

        recorder.clear();
        ContactSyncs.Summary third = sync();
        assertThat(third.customers()).as("a refused address is not sent again until it changes").isZero();
        assertThat(recorder.written()).isEmpty();
    }

    @Test
    @Order(3)
    void aBatchThatCrashesAfterBrontoAnsweredSendsNoOneTwiceWhenItRunsAgain() {
        for (int i = 0; i < 5; i++) {
            insertCustomer("sync-crash-" + i, "crash" + i + "@customers.example", "Cora", "Crash" + i);
        }
        // Bronto refuses this one: after the lost answer, nothing tells the product it was not written
        insertCustomer("sync-crash-long", "c".repeat(95) + "@long.example", "Cal", "Crash");
        // Bronto writes them; its answer never makes it into the database
        recorder.loseNextAnswer();

        String instance = starter.start().processInstanceId();
        List<String> failures = ProcessJobs.runAll(management, ContactSyncProcess.PROCESS_ID);
        assertThat(failures).singleElement().asString().contains("connection reset");
        Job failed = management.createJobQuery().processInstanceId(instance).activityId(ContactSyncProcess.Elements.SYNC_CONTACT_BATCH)
                .singleResult();
        management.setJobDuedate(failed.getId(), new Date());
        assertThat(ProcessJobs.runAll(management, ContactSyncProcess.PROCESS_ID)).isEmpty();

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        List<String> sent = recorder.written().stream().flatMap(List::stream).map(ContactData::email).toList();
        assertThat(sent).as("written once, before the crash").hasSize(6).doesNotHaveDuplicates();
        long syncId = (Long) history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(ContactSyncProcess.Variables.SYNC_ID).singleResult().getValue();
        ContactSyncs.Summary summary = syncs.summary(syncId);
        assertThat(summary.customers()).isEqualTo(6);
        assertThat(summary.count(ContactSyncBatches.UNCHANGED)).as("found in Bronto when the batch ran again").isEqualTo(5);
        assertThat(summary.count(ContactSyncBatches.UNCONFIRMED)).as("not sent twice; the next sync takes it on").isOne();
        assertThat(sandboxStatuses()).containsKeys("crash0@customers.example", "crash4@customers.example");

        recorder.clear();
        ContactSyncs.Summary next = sync();
        assertThat(next.customers()).isOne();
        assertThat(next.count(ContactSyncBatches.REFUSED)).isOne();
    }

    @Test
    @Order(4)
    void anUnchangedCustomerIsLookedUpAgainAfterAWeekSoAnUnsubscribeInBrontoShows() {
        String customer = demoCustomerWithStatus("active", 5);
        String other = demoCustomerWithStatus("active", 6);
        jdbc.sql("update sandbox_contact set status = 'unsub' where email in (?, ?)").params(emailOf(customer), emailOf(other))
                .update();
        jdbc.sql("update customer_in_bronto set seen_at = ? where customer_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusDays(8), customer).update();

        ContactSyncs.Summary summary = sync();

        assertThat(summary.customers()).as("only the one not looked up for a week").isOne();
        assertThat(summary.count(ContactSyncBatches.UNCHANGED)).isOne();
        assertThat(recorder.written()).isEmpty();
        assertThat(missing.page(Optional.of(BrontoReach.UNSUBSCRIBED), 0, 5_000).items())
                .extracting(MissingFromBronto.Customer::id).contains(customer).doesNotContain(other);
    }

    @Test
    @Order(5)
    void aCustomersMarkupIsShownAsText() {
        insertCustomer("sync-markup", "markup@customers.example", "<script>alert(1)</script>", "<b>Bold</b>");
        jdbc.sql("update customer set email = null where id = 'sync-markup'").update();

        String page = page("/bronto-contacts?reason=no_email");

        assertThat(page).contains("sync-markup", "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    @Order(6)
    void aBatchWithContactsToWriteWaitsWhileTheUploadsFillTheMinute() {
        insertCustomer("sync-paced", "paced@customers.example", "Pia", "Paced");
        // the campaigns' uploads have used the account's whole minute
        jdbc.sql("""
                insert into bronto_upload_reservation (account, reserved_at, contacts, started)
                values ('default', ?, 50000, true)""").param(OffsetDateTime.now(ZoneOffset.UTC)).update();

        String instance = starter.start().processInstanceId();
        assertThat(ProcessJobs.runAll(management, ContactSyncProcess.PROCESS_ID)).isEmpty();

        assertThat(recorder.written()).as("nothing written over the pace").isEmpty();
        Job slot = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        assertThat(slot.getDuedate()).isAfter(Date.from(Instant.now().plusSeconds(30)));
        jdbc.sql("delete from bronto_upload_reservation where contacts = 50000").update();
        management.setJobDuedate(slot.getId(), new Date());
        assertThat(ProcessJobs.runAll(management, ContactSyncProcess.PROCESS_ID)).isEmpty();

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(recorder.written()).singleElement().asList().hasSize(1);
        assertThat(sandboxStatuses()).containsKey("paced@customers.example");
    }

    @Test
    @Order(7)
    void aSecondSyncOnDemandWhileOneRunsIsRefusedWithAReason() {
        String instance = starter.start().processInstanceId();
        PlainHttp http = new PlainHttp(port);
        HttpResponse<String> again = http.send(http.request("/api/contact-sync")
                .header("Authorization", PlainHttp.basic("demo", "demo"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("A contact sync is running");
        assertThat(ProcessJobs.runAll(management, ContactSyncProcess.PROCESS_ID)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    /** What the product knows of a contact: a sync's names stay with their address; a look-up of another forgets them. */
    @Test
    @Order(8)
    void aLookUpKeepsWhatWasWrittenForTheSameAddressAndForgetsItForAnother() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        customersInBronto.replace(List.of(
                new CustomersInBronto.Synced("row-same", "same@example.com", "c-1", "active", "Sam", "Same", null, null),
                new CustomersInBronto.Synced("row-moved", "old@example.com", null, null, "Mo", "Moved", 317, "too long")),
                now);
        customersInBronto.replace(List.of(
                new CustomersInBronto.Synced("row-same", "same@example.com", "c-1", "active", "Sam", "Samson", null, null)),
                now);
        customersInBronto.recordLookups(List.of(
                new CustomersInBronto.Lookup("row-same", "same@example.com", "c-1", "unsub"),
                new CustomersInBronto.Lookup("row-moved", "new@example.com", "c-2", "active"),
                new CustomersInBronto.Lookup("row-new", "first@example.com", null, null)), now);

        Map<String, List<Object>> rows = jdbc.sql("""
                select customer_id, email, contact_id, status, first_name, last_name, refused_code
                from customer_in_bronto where customer_id like 'row-%'""")
                .query((rs, row) -> Map.entry(rs.getString(1), Arrays.asList(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(rows).containsOnlyKeys("row-same", "row-moved", "row-new");
        assertThat(rows.get("row-same")).containsExactly("same@example.com", "c-1", "unsub", "Sam", "Samson", null);
        assertThat(rows.get("row-moved")).containsExactly("new@example.com", "c-2", "active", null, null, null);
        assertThat(rows.get("row-new")).containsExactly("first@example.com", null, null, null, null, null);
        jdbc.sql("delete from customer_in_bronto where customer_id like 'row-%'").update();
    }

    private ContactSyncs.Summary sync() {
        String instance = starter.start().processInstanceId();
        assertThat(ProcessJobs.runAll(management, ContactSyncProcess.PROCESS_ID)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).as("sync finished").isZero();
        long syncId = (Long) history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(ContactSyncProcess.Variables.SYNC_ID).singleResult().getValue();
        return syncs.summary(syncId);
    }

    /** The product's coverage of all customers, against what the sandbox holds for each customer's address. */
    private void assertCoverageMatchesTheSandbox() {
        Map<String, String> statuses = sandboxStatuses();
        List<String> emails = jdbc.sql("select email from customer").query(String.class).list();
        Map<String, Long> expected = emails.stream().collect(Collectors.groupingBy(email -> {
            if (email == null) {
                return "no_email";
            }
            String status = statuses.get(email);
            if (status == null) {
                return "absent";
            }
            return Set.of("unsub", "bounce", "transactional").contains(status) ? status : "reached";
        }, Collectors.counting()));
        Coverage summary = missing.summary();
        assertThat(summary.customers()).isEqualTo(emails.size());
        assertThat(summary.receivable()).isEqualTo(expected.getOrDefault("reached", 0L));
        assertThat(summary.count(BrontoReach.NO_EMAIL)).isEqualTo(expected.get("no_email"));
        assertThat(summary.count(BrontoReach.UNSUBSCRIBED)).isEqualTo(expected.get("unsub"));
        assertThat(summary.count(BrontoReach.BOUNCED)).isEqualTo(expected.get("bounce"));
        // after a sync, everyone with an address is looked up, and only a refused address is missing from Bronto
        assertThat(summary.count(BrontoReach.NOT_LOOKED_UP)).isZero();
        assertThat(summary.count(BrontoReach.NOT_IN_BRONTO)).isZero();
        assertThat(summary.count(BrontoReach.REFUSED)).isEqualTo(expected.getOrDefault("absent", 0L));
    }

    private Map<String, String> sandboxStatuses() {
        return jdbc.sql("select email, status from sandbox_contact")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String sandboxContactId(String email) {
        return jdbc.sql("select id from sandbox_contact where email = ?").param(email).query(String.class).single();
    }

    private String fieldOf(String email, String field) {
        return jdbc.sql("""
                select v.content from sandbox_contact c join sandbox_contact_field v on v.contact_id = c.id
                join sandbox_field f on f.id = v.field_id where c.email = ? and f.name = ?""")
                .params(email, field).query(String.class).single();
    }

    /** The n-th demo customer (by id) whose sandbox contact has this status. */
    private String demoCustomerWithStatus(String status, int n) {
        return jdbc.sql("""
                select c.id from customer c join sandbox_contact s on s.email = c.email
                where s.status = ? and c.id not like 'sync-%' order by c.id offset ? rows fetch next 1 rows only""")
                .params(status, n).query(String.class).single();
    }

    private String emailOf(String customerId) {
        return jdbc.sql("select email from customer where id = ?").param(customerId).query(String.class).single();
    }

    private void insertCustomer(String id, String email, String firstName, String lastName) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into customer (id, email, first_name, last_name, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?)""").params(id, email, firstName, lastName, now, now).update();
    }

    private String page(String path) {
        PlainHttp http = new PlainHttp(port);
        HttpResponse<String> response = http.send(http.request(path).header("Authorization", PlainHttp.basic("demo", "demo"))
                .GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
