package io.retentionflow.bronto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retentionflow.support.PlainHttp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The client and the sandbox over real HTTP, operation by operation: the two sides of the same
 * contract agree. The sandbox's pace is lowered to 1,000 contacts a minute so a burst is cheap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:client-against-sandbox;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "sandbox.pace-per-minute=1000"
})
class BrontoSoapClientAgainstSandboxTest {

    @LocalServerPort
    int port;

    @Value("${bronto.api-token}")
    String token;

    private BrontoGateway bronto;

    @BeforeEach
    void connect() {
        bronto = BrontoClientConfiguration.createClient(new BrontoProperties(
                URI.create("http://localhost:" + port + "/sandbox/bronto/v4"), token,
                Duration.ofSeconds(2), Duration.ofSeconds(30)), Clock.systemUTC());
    }

    @Test
    void offersTheTemplatesOfTheOptimoveFolderOnly() {
        MessageFolder optimove = bronto.findMessageFolder("Optimove").orElseThrow();
        List<BrontoMessage> templates = bronto.readMessages(optimove.id(), true);

        assertThat(templates).hasSizeGreaterThanOrEqualTo(3).allSatisfy(template -> {
            assertThat(template.folderId()).isEqualTo(optimove.id());
            assertThat(template.subject()).isNotBlank();
            assertThat(template.html()).contains("<");
            assertThat(template.text()).isNotBlank();
        });
        assertThat(bronto.readMessages(optimove.id(), false)).allSatisfy(t -> assertThat(t.html()).isNull());
        assertThat(bronto.readMessage(templates.get(0).id())).map(BrontoMessage::subject)
                .contains(templates.get(0).subject());
        assertThat(bronto.findMessageFolder("Transactional")).isPresent()
                .get().extracting(MessageFolder::id).isNotEqualTo(optimove.id());
        assertThat(bronto.findMessageFolder("No such folder")).isEmpty();
    }

    @Test
    void knowsTheDemoCustomersButTheOnesLeftOut() throws Exception {
        Map<Integer, String> emails = demoEmails(300);

        List<BrontoContact> contacts = bronto.readContactsByEmail(emails.values(), List.of());

        List<String> expected = emails.entrySet().stream().filter(e -> e.getKey() % 25 != 0).map(Map.Entry::getValue).toList();
        assertThat(contacts).extracting(BrontoContact::email).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(bronto.readFields()).extracting(BrontoField::name).contains("firstname", "lastname");
    }

    @Test
    void addsNewContactsAndReportsAnInvalidAddressByPosition() {
        String fresh = "new-" + UUID.randomUUID() + "@example.com";
        String firstNameField = bronto.readFields().stream().filter(f -> f.name().equals("firstname"))
                .findFirst().orElseThrow().id();

        WriteOutcome outcome = bronto.addOrUpdateContacts(List.of(
                new ContactData(fresh, Map.of(firstNameField, "Nora")), new ContactData("not-an-address", Map.of())));

        assertThat(outcome.outcomes().get(0).succeeded()).isTrue();
        assertThat(outcome.outcomes().get(0).created()).isTrue();
        assertThat(outcome.outcomes().get(1).error()).contains(BrontoErrorCode.INVALID_EMAIL);
        BrontoContact contact = bronto.readContactsByEmail(List.of(fresh), List.of(firstNameField)).get(0);
        assertThat(contact.fields()).containsEntry(firstNameField, "Nora");
        assertThat(contact.canReceiveBulkEmail()).isTrue();
    }

    @Test
    void aListIsCreatedOnceFilledHarmlesslyTwiceAndDeleted() throws Exception {
        String name = "winback-" + UUID.randomUUID();
        List<String> known = demoEmails(24).values().stream().toList();
        List<String> withStranger = new java.util.ArrayList<>(known);
        withStranger.add("stranger-" + UUID.randomUUID() + "@example.com");

        ObjectOutcome created = bronto.addList(name, "Win-back");
        assertThat(created.succeeded()).isTrue();
        assertThat(bronto.findList(name)).map(MailList::id).contains(created.id());
        assertThat(bronto.addList(name, "Win-back").error()).contains(BrontoErrorCode.LIST_ALREADY_EXISTS);

        WriteOutcome first = bronto.addToList(created.id(), withStranger);
        assertThat(first.successCount()).isEqualTo(known.size());
        assertThat(first.failures()).singleElement().satisfies(f -> {
            assertThat(f.index()).isEqualTo(known.size());
            assertThat(f.error()).contains(BrontoErrorCode.CONTACT_NOT_FOUND);
        });
        WriteOutcome again = bronto.addToList(created.id(), known);
        assertThat(again.failures()).hasSize(known.size())
                .allSatisfy(f -> assertThat(f.error()).contains(BrontoErrorCode.ALREADY_ON_LIST));

        assertThat(bronto.removeFromList(created.id(), known.subList(0, 2)).successCount()).isEqualTo(2);
        assertThat(bronto.findList(name)).map(MailList::activeCount).contains((long) known.size() - 2);

        assertThat(bronto.deleteLists(List.of(created.id())).successCount()).isEqualTo(1);
        assertThat(bronto.findList(name)).isEmpty();
    }

    @Test
    void aDeliveryWaitsForItsStartThenSendsAndCountsOpensAndClicks() throws Exception {
        String listId = bronto.addList("delivery-" + UUID.randomUUID(), "Delivery test").id();
        List<String> recipients = demoEmails(120).entrySet().stream()
                .filter(e -> e.getKey() % 25 != 0).map(Map.Entry::getValue).toList();
        bronto.addToList(listId, recipients);
        BrontoMessage template = bronto.readMessages(bronto.findMessageFolder("Optimove").orElseThrow().id(), false).get(0);
        OffsetDateTime start = sandboxNow().plusHours(1).truncatedTo(ChronoUnit.SECONDS);

        ObjectOutcome scheduled = bronto.addDelivery(new DeliveryRequest(template.id(), List.of(listId), start,
                "shop@example.com", "The Shop", "reply@example.com"));

        assertThat(scheduled.succeeded()).isTrue();
        assertThat(bronto.findDelivery(template.id(), listId, start)).map(Delivery::id).contains(scheduled.id());
        Delivery before = bronto.readDelivery(scheduled.id()).orElseThrow();
        assertThat(before.status()).isEqualTo(DeliveryStatus.UNSENT);
        assertThat(before.metrics().sends()).isZero();

        advanceSandboxClock(Duration.ofDays(3));

        Delivery after = bronto.readDelivery(scheduled.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(after.metrics().sends()).isBetween(recipients.size() - 5L, (long) recipients.size());
        assertThat(after.metrics().deliveries()).isPositive().isLessThanOrEqualTo(after.metrics().sends());
        assertThat(after.metrics().uniqueOpens()).isPositive().isLessThanOrEqualTo(after.metrics().deliveries());
        assertThat(after.metrics().uniqueClicks()).isLessThanOrEqualTo(after.metrics().uniqueOpens());
        assertThat(after.metrics().openRate()).isBetween(0.0, 1.0);
        assertThat(bronto.readDelivery(scheduled.id())).contains(after);
        assertThat(bronto.readDeliveryRecipients(scheduled.id())).singleElement().satisfies(stats -> {
            assertThat(stats.listId()).isEqualTo(listId);
            assertThat(stats.metrics().sends()).isEqualTo(after.metrics().sends());
        });
        assertThat(bronto.rescheduleDelivery(scheduled.id(), sandboxNow().plusDays(1)).succeeded()).isFalse();
    }

    @Test
    void aDeliveryNotStartedCanBeMovedOrCancelled() {
        String listId = bronto.addList("moved-" + UUID.randomUUID(), "Moved").id();
        BrontoMessage template = bronto.readMessages(bronto.findMessageFolder("Optimove").orElseThrow().id(), false).get(0);
        // a planned time with sub-second parts, as a clock gives it: look-up must still find the delivery
        OffsetDateTime start = sandboxNow().plusDays(2).withNano(123_456_789);
        String deliveryId = bronto.addDelivery(new DeliveryRequest(template.id(), List.of(listId), start,
                "shop@example.com", "The Shop", "reply@example.com")).id();

        assertThat(bronto.findDelivery(template.id(), listId, start)).map(Delivery::id).contains(deliveryId);
        assertThat(bronto.rescheduleDelivery(deliveryId, start.plusHours(3)).succeeded()).isTrue();
        assertThat(bronto.readDelivery(deliveryId)).map(Delivery::start).hasValueSatisfying(
                moved -> assertThat(moved).isEqualTo(start.plusHours(3).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(bronto.cancelDelivery(deliveryId).succeeded()).isTrue();
        assertThat(bronto.readDelivery(deliveryId)).map(Delivery::status).contains(DeliveryStatus.SKIPPED);
        assertThat(bronto.findDelivery(template.id(), listId, start.plusHours(3))).isEmpty();
    }

    @Test
    void refusesADeliveryOfAnUnknownMessageOrFromABadAddress() {
        String listId = bronto.addList("refused-" + UUID.randomUUID(), "Refused").id();
        OffsetDateTime start = sandboxNow().plusHours(2);

        assertThat(bronto.addDelivery(new DeliveryRequest("0bba03eb0000000000000000000000ffffff", List.of(listId), start,
                "shop@example.com", "The Shop", "reply@example.com")).error()).contains(BrontoErrorCode.MESSAGE_NOT_FOUND);
        String messageId = bronto.readMessages(bronto.findMessageFolder("Optimove").orElseThrow().id(), false).get(0).id();
        assertThat(bronto.addDelivery(new DeliveryRequest(messageId, List.of(listId), start,
                "not an address", "The Shop", "reply@example.com")).error()).contains(BrontoErrorCode.INVALID_FROM_EMAIL);
    }

    @Test
    void anExpiredSessionIsReplacedWithoutTheCallerNoticing() {
        bronto.verifyLogin();
        advanceSandboxClock(Duration.ofMinutes(21));

        assertThat(bronto.findMessageFolder("Optimove")).isPresent();
    }

    @Test
    void aBurstOverThePaceIsRefusedAsUnavailable() throws Exception {
        advanceSandboxClock(Duration.ofSeconds(61));
        String listId = bronto.addList("pace-" + UUID.randomUUID(), "Pace").id();
        List<String> addresses = demoEmails(2_357).entrySet().stream()
                .filter(e -> e.getKey() % 25 != 0).map(Map.Entry::getValue).toList();

        bronto.addToList(listId, addresses.subList(0, 1_000));

        assertThatThrownBy(() -> bronto.addToList(listId, addresses.subList(1_000, 1_001)))
                .isInstanceOf(BrontoUnavailableException.class)
                .hasMessageContaining("503");
        advanceSandboxClock(Duration.ofSeconds(61));
        assertThat(bronto.addToList(listId, addresses.subList(1_000, 1_001)).successCount()).isEqualTo(1);
    }

    @Test
    void theTokenIsRefusedWhenWrong() {
        BrontoGateway stranger = BrontoClientConfiguration.createClient(new BrontoProperties(
                URI.create("http://localhost:" + port + "/sandbox/bronto/v4"), "not-the-token",
                Duration.ofSeconds(2), Duration.ofSeconds(5)), Clock.systemUTC());

        assertThatThrownBy(stranger::verifyLogin)
                .isInstanceOf(BrontoAuthenticationException.class)
                .extracting(e -> ((BrontoException) e).code()).isEqualTo(BrontoErrorCode.INVALID_TOKEN.code());
    }

    /** Demo customers with ids 1..upTo that have an address, by id. */
    private static Map<Integer, String> demoEmails(int upTo) throws Exception {
        Map<Integer, String> emails = new java.util.TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/customers.csv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(line -> line.split(",", -1))
                    .filter(fields -> Integer.parseInt(fields[0]) <= upTo && !fields[1].isBlank())
                    .forEach(fields -> emails.put(Integer.parseInt(fields[0]), fields[1]));
        }
        return emails;
    }

    private OffsetDateTime sandboxNow() {
        String body = new PlainHttp(port).get("/sandbox/control/clock", "demo", "demo").body();
        String now = body.replaceAll(".*\"now\":\"([^\"]+)\".*", "$1");
        return OffsetDateTime.parse(now).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private void advanceSandboxClock(Duration by) {
        PlainHttp http = new PlainHttp(port);
        int status = http.send(http.request("/sandbox/control/clock?advance=" + by)
                .header("Authorization", PlainHttp.basic("demo", "demo"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode();
        assertThat(status).isEqualTo(200);
    }
}
