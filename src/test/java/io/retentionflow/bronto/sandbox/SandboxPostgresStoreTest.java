package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.zaxxer.hikari.HikariDataSource;
import io.retentionflow.bronto.soap.ContactObject;
import io.retentionflow.bronto.soap.MailListObject;
import io.retentionflow.bronto.soap.WriteResult;
import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sandbox's SQL on PostgreSQL 15: schema, seeding, set-based list uploads, the pace under its row lock
 * with two concurrent callers, and the delivery snapshot.
 */
@RequiresPostgres
class SandboxPostgresStoreTest {

    private static final int PACE = 10_000;

    private static HikariDataSource dataSource;
    private static JdbcClient jdbc;
    private static JdbcTemplate jdbcTemplate;
    private static TransactionTemplate transaction;
    private static SandboxClock clock;
    private static ListService lists;
    private static MembershipService memberships;
    private static UploadStore uploads;
    private static DeliveryStore deliveries;

    @BeforeAll
    static void database() {
        // pooled, as in the application: connecting is not the sandbox's work
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(PostgresTestDatabase.createDatabase("sandbox"));
        dataSource.setUsername(PostgresTestDatabase.USER);
        dataSource.setPassword(PostgresTestDatabase.PASSWORD);
        new SandboxSchemaMigration(dataSource).migrate();
        jdbc = JdbcClient.create(dataSource);
        jdbcTemplate = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        SandboxProperties properties = new SandboxProperties(Duration.ofMinutes(20), PACE, 5000, 5000, true);
        clock = new SandboxClock(jdbc);
        ListStore listStore = new ListStore(jdbc);
        lists = new ListService(listStore);
        uploads = new UploadStore(jdbc);
        memberships = new MembershipService(lists, new MembershipStore(jdbc), new UploadPace(uploads, properties), uploads, clock);
        deliveries = new DeliveryStore(jdbc, jdbcTemplate);
        MessageStore messages = new MessageStore(jdbc);
        new DemoSeeder(properties, jdbc, jdbcTemplate, messages, new FieldStore(jdbc), transaction).seed();
        List<Object[]> contacts = IntStream.range(0, 12_000)
                .mapToObj(i -> new Object[] {"pg-" + i + "@example.com", OffsetDateTime.now(ZoneOffset.UTC)}).toList();
        jdbcTemplate.batchUpdate("""
                insert into sandbox_contact (email, status, msg_pref, source, created_at, modified_at)
                values (?, 'active', 'html', 'api', ?, ?)""", contacts.stream().map(c -> new Object[] {c[0], c[1], c[1]}).toList());
    }

    @AfterAll
    static void closePool() {
        dataSource.close();
    }

    @Test
    void seedIsThereOnceAndTheSchemaMigratedIntoItsOwnHistoryTable() {
        new DemoSeeder(new SandboxProperties(Duration.ofMinutes(20), PACE, 5000, 5000, true), jdbc, jdbcTemplate,
                new MessageStore(jdbc), new FieldStore(jdbc), transaction).seed();

        assertThat(jdbc.sql("select count(*) from sandbox_message_folder where name = 'Optimove'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from sandbox_contact where email like '%@example.%' and email not like 'pg-%'")
                .query(Long.class).single()).isBetween(2000L, 2400L);
        assertThat(jdbc.sql("select count(*) from sandbox_schema_history where success").query(Long.class).single()).isPositive();
    }

    /** Set-based: a full batch lands whole, and re-sending it adds nobody twice (timings belong to the benchmarks). */
    @Test
    void aFiveThousandContactAddToListAddsEveryoneOnceAndARepeatIsHarmless() {
        clock.advance(UploadPace.WINDOW.plusSeconds(1));
        long listId = newList();

        WriteResult first = addToList(listId, contacts(5000, 1000));
        clock.advance(UploadPace.WINDOW.plusSeconds(1));
        WriteResult again = addToList(listId, contacts(5000, 1000));

        assertThat(first.getErrors()).isEmpty();
        assertThat(first.getResults()).hasSize(5000).allSatisfy(item -> assertThat(item.isIsNew()).isTrue());
        assertThat(again.getErrors()).hasSize(5000);
        assertThat(again.getResults()).allSatisfy(item -> assertThat(item.getErrorCode()).isEqualTo(FaultCode.ALREADY_ON_LIST.code()));
        assertThat(jdbc.sql("select count(*) from sandbox_list_member where list_id = :id").param("id", listId)
                .query(Long.class).single()).isEqualTo(5000);
    }

    @Test
    void thePaceHoldsAcrossConcurrentCallersAndFreesAfterAMinute() throws Exception {
        clock.advance(UploadPace.WINDOW.plusSeconds(1));
        long listId = newList();
        addToList(listId, contacts(5000, 0));
        int before = uploads.all().size();

        // two callers race for the last 5,000 of the minute: the row lock lets exactly one through
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Supplier<Boolean> racer = () -> {
            try {
                go.await();
                addToList(listId, contacts(5000, 5000));
                return true;
            } catch (PaceExceededException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(racer, pool);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(racer, pool);
        go.countDown();
        List<Boolean> outcomes = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(uploads.all()).hasSize(before + 1);
        assertThatThrownBy(() -> addToList(listId, contacts(1, 11_000))).isInstanceOf(PaceExceededException.class);

        clock.advance(UploadPace.WINDOW);

        assertThat(addToList(listId, contacts(1, 11_000)).getErrors()).isEmpty();
    }

    @Test
    void theSnapshotCountsMailableMembersOnceAcrossListsAndSurvivesTheirDeletion() {
        clock.advance(UploadPace.WINDOW.plusSeconds(1));
        long first = newList();
        long second = newList();
        long excluded = newList();
        addToList(first, contacts(100, 0));
        addToList(second, contacts(100, 50));
        addToList(excluded, contacts(10, 140));
        jdbc.sql("update sandbox_contact set status = 'unsub' where email = 'pg-1@example.com'").update();
        long messageId = jdbc.sql("select min(id) from sandbox_message").query(Long.class).single();
        long deliveryId = transaction.execute(status -> deliveries.add(messageId, "triggered", clock.now(), "a@b.example", "A",
                "a@b.example", List.of(new DeliveryStore.Target(0, "list", first, "selected"),
                        new DeliveryStore.Target(1, "list", second, "selected"),
                        new DeliveryStore.Target(2, "list", excluded, "ineligible"))));

        transaction.executeWithoutResult(status -> deliveries.snapshotOnce(deliveryId, clock.now(), List.of("active")));
        transaction.executeWithoutResult(status -> lists.delete(List.of(listObject(first), listObject(second))));
        transaction.executeWithoutResult(status -> deliveries.snapshotOnce(deliveryId, clock.now(), List.of("active")));

        List<DeliveryStore.Share> shares = deliveries.shares(List.of(deliveryId)).get(deliveryId);
        assertThat(shares).extracting(DeliveryStore.Share::recipients).containsExactly(99, 40);
    }

    private static WriteResult addToList(long listId, List<ContactObject> contacts) {
        return transaction.execute(status -> memberships.add(listObject(listId), contacts));
    }

    private static long newList() {
        MailListObject list = new MailListObject();
        list.setName("pg-" + UUID.randomUUID());
        String id = transaction.execute(status -> lists.add(List.of(list))).getResults().get(0).getId();
        return SandboxId.LIST.parse(id).orElseThrow();
    }

    private static MailListObject listObject(long listId) {
        MailListObject list = new MailListObject();
        list.setId(SandboxId.LIST.format(listId));
        return list;
    }

    private static List<ContactObject> contacts(int count, int from) {
        List<ContactObject> contacts = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            ContactObject contact = new ContactObject();
            contact.setEmail("pg-" + i + "@example.com");
            contacts.add(contact);
        }
        return contacts;
    }
}
