package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxIntegrationTest
class SandboxDeliveryTest {

    @LocalServerPort
    int port;

    @Autowired
    SandboxClock clock;

    private SandboxSoap soap;
    private String session;
    private String messageId;

    @BeforeEach
    void login() {
        soap = new SandboxSoap(port);
        session = soap.login();
        messageId = soap.call(session, "<v4:readMessages><filter><name><operator>EqualTo</operator><value>We miss you</value>"
                + "</name></filter><includeContent>false</includeContent><pageNumber>1</pageNumber></v4:readMessages>").ok()
                .text("//return/id");
    }

    @Test
    void deliveryIsUnsentThenSendingThenSentAndItsRecipientsAreTheMailableMembers() {
        String listId = listWith("paul.davis1@example.net", "victor.phillips2@example.com", "sam.thomas3@example.net");
        String unsubscribed = soap.call(session, "<v4:readContacts><filter><status>unsub</status></filter><pageNumber>1</pageNumber>"
                + "</v4:readContacts>").ok().text("//return[1]/email");
        soap.call(session, "<v4:addToList><list><id>" + listId + "</id></list><contacts><email>" + unsubscribed
                + "</email></contacts></v4:addToList>").ok();
        OffsetDateTime start = clock.now().plusHours(2);

        String deliveryId = addDelivery(start, listId);
        assertThat(status(deliveryId)).isEqualTo("unsent");
        assertThat(read(deliveryId).text("//return/numSends")).isEqualTo("0");

        advance(Duration.ofHours(2).plusMinutes(1));
        assertThat(status(deliveryId)).isEqualTo("sending");

        advance(Duration.ofMinutes(15));
        SandboxSoap.Answer sent = read(deliveryId);
        assertThat(sent.text("//return/status")).isEqualTo("sent");
        assertThat(sent.text("//return/numSends")).isEqualTo("3");
        assertThat(sent.text("//return/recipients/id")).isEqualTo(listId);
        assertThat(sent.text("//return/content[type='html']/content")).contains("<html");

        soap.call(session, "<v4:deleteLists><lists><id>" + listId + "</id></lists></v4:deleteLists>").ok();
        SandboxSoap.Answer stats = soap.call(session, "<v4:readDeliveryRecipients><filter><deliveryId>" + deliveryId
                + "</deliveryId></filter><pageNumber>1</pageNumber></v4:readDeliveryRecipients>").ok();
        assertThat(stats.count("//return")).isEqualTo(1);
        assertThat(stats.text("//return/listId")).isEqualTo(listId);
        assertThat(stats.text("//return/numSends")).isEqualTo("3");
    }

    @Test
    void metricsGrowTowardsDeterministicTargetsAndDifferBetweenDeliveries() {
        String listId = listOfNewContacts(2000);
        OffsetDateTime start = clock.now().plusMinutes(5);
        String a = addDelivery(start, listId);
        String b = addDelivery(start, listId);

        advance(Duration.ofMinutes(5).plusHours(6));
        SandboxSoap.Answer early = read(a);
        SandboxSoap.Answer earlyAgain = read(a);
        advance(Duration.ofDays(3));
        SandboxSoap.Answer late = read(a);

        assertThat(earlyAgain.text("//return/uniqOpens")).isEqualTo(early.text("//return/uniqOpens"));
        long sends = Long.parseLong(late.text("//return/numSends"));
        long deliveries = Long.parseLong(late.text("//return/numDeliveries"));
        long bounces = Long.parseLong(late.text("//return/numBounces"));
        long uniqOpens = Long.parseLong(late.text("//return/uniqOpens"));
        long uniqClicks = Long.parseLong(late.text("//return/uniqClicks"));
        assertThat(sends).isEqualTo(2000);
        assertThat(deliveries + bounces).isEqualTo(sends);
        assertThat(Long.parseLong(late.text("//return/numHardBounces")) + Long.parseLong(late.text("//return/numSoftBounces"))
                + Long.parseLong(late.text("//return/numOtherBounces"))).isEqualTo(bounces);
        assertThat((double) bounces / sends).isBetween(0.009, 0.041);
        assertThat((double) uniqOpens / deliveries).isBetween(0.14, 0.36);
        assertThat((double) uniqClicks / uniqOpens).isBetween(0.07, 0.26);
        assertThat(Long.parseLong(early.text("//return/uniqOpens"))).isLessThan(uniqOpens);
        assertThat(Double.parseDouble(late.text("//return/openRate"))).isEqualTo((double) uniqOpens / deliveries);
        assertThat(Double.parseDouble(late.text("//return/clickRate"))).isEqualTo((double) uniqClicks / uniqOpens);
        assertThat(Long.parseLong(late.text("//return/numOpens"))).isGreaterThanOrEqualTo(uniqOpens);
        assertThat(read(b).text("//return/uniqOpens")).isNotEqualTo(late.text("//return/uniqOpens"));
    }

    /** Each list's figures are its share of the delivery's, apportioned so that they add up to them exactly. */
    @Test
    void perListFiguresOfATwoListDeliveryAddUpToTheDeliverysFigures() {
        String small = listOfNewContacts(337);
        String large = listOfNewContacts(1_000);
        String deliveryId = addDelivery(clock.now().plusMinutes(5), small, large);
        advance(Duration.ofMinutes(5).plusHours(20));

        SandboxSoap.Answer delivery = read(deliveryId);
        SandboxSoap.Answer perList = soap.call(session, "<v4:readDeliveryRecipients><filter><deliveryId>" + deliveryId
                + "</deliveryId></filter><pageNumber>1</pageNumber></v4:readDeliveryRecipients>").ok();

        assertThat(perList.texts("//return/listId")).containsExactly(small, large);
        assertThat(perList.text("//return[1]/numSends")).isEqualTo("337");
        for (String counter : List.of("numSends", "numDeliveries", "numHardBadEmail", "numHardDestUnreach",
                "numHardMessageContent", "numHardBounces", "numSoftBadEmail", "numSoftDestUnreach", "numSoftMessageContent",
                "numSoftBounces", "numOtherBounces", "numBounces", "uniqOpens", "numOpens", "uniqClicks", "numClicks")) {
            long total = Long.parseLong(delivery.text("//return/" + counter));
            long sum = perList.texts("//return/" + counter).stream().mapToLong(Long::parseLong).sum();

            assertThat(sum).as(counter).isEqualTo(total);
        }
        assertThat(Long.parseLong(delivery.text("//return/uniqOpens"))).isPositive();

        SandboxSoap.Answer either = soap.call(session, "<v4:readDeliveryRecipients><filter><type>OR</type><deliveryId>" + deliveryId
                + "</deliveryId><listIds>" + small + "</listIds><contactIds>0bba03ed00000000000000000000ffffffff</contactIds>"
                + "</filter><pageNumber>1</pageNumber></v4:readDeliveryRecipients>").ok();
        SandboxSoap.Answer both = soap.call(session, "<v4:readDeliveryRecipients><filter><type>AND</type><deliveryId>" + deliveryId
                + "</deliveryId><listIds>" + small + "</listIds><contactIds>0bba03ed00000000000000000000ffffffff</contactIds>"
                + "</filter><pageNumber>1</pageNumber></v4:readDeliveryRecipients>").ok();
        assertThat(either.texts("//return/listId")).containsExactly(small);
        assertThat(both.count("//return")).isZero();
        assertThat(soap.call(session, "<v4:readDeliveryRecipients><filter><deliveryId>" + deliveryId + "</deliveryId>"
                + "<segmentIds>0bba03f000000000000000000000000000001</segmentIds></filter><pageNumber>1</pageNumber>"
                + "</v4:readDeliveryRecipients>").faultCode()).isEqualTo(106);
    }

    @Test
    void addDeliveriesValidatesEachObject() {
        String listId = listWith("grace.hall4@example.org");
        String start = clock.now().plusHours(1).toString();
        String good = "<fromEmail>news@shop.example.com</fromEmail><fromName>Shop</fromName><replyEmail>reply@shop.example.com</replyEmail>";
        String list = "<recipients><deliveryType>selected</deliveryType><id>" + listId + "</id><type>list</type></recipients>";
        SandboxSoap.Answer answer = soap.call(session, "<v4:addDeliveries>"
                + "<deliveries><start>" + start + "</start><messageId>0bba03eb000000000000000000000fffffff</messageId>" + good + list + "</deliveries>"
                + "<deliveries><messageId>" + messageId + "</messageId>" + good + list + "</deliveries>"
                + "<deliveries><start>" + clock.now().plusYears(3) + "</start><messageId>" + messageId + "</messageId>" + good + list + "</deliveries>"
                + "<deliveries><start>" + start + "</start><messageId>" + messageId + "</messageId><fromEmail>nope</fromEmail>"
                + "<fromName>Shop</fromName><replyEmail>reply@shop.example.com</replyEmail>" + list + "</deliveries>"
                + "<deliveries><start>" + start + "</start><messageId>" + messageId + "</messageId><fromEmail>a@b.example</fromEmail>"
                + "<fromName> </fromName><replyEmail>reply@shop.example.com</replyEmail>" + list + "</deliveries>"
                + "<deliveries><start>" + start + "</start><messageId>" + messageId + "</messageId>" + good
                + "<recipients><deliveryType>selected</deliveryType><id>0bba03ec000000000000000000000fffffff</id><type>list</type></recipients></deliveries>"
                + "<deliveries><start>" + start + "</start><messageId>" + messageId + "</messageId>" + good + list + "</deliveries>"
                + "<deliveries><start>" + start + "</start><messageId>" + messageId + "</messageId><fromEmail>a@b.example</fromEmail>"
                + "<fromName>" + "n".repeat(256) + "</fromName><replyEmail>reply@shop.example.com</replyEmail>" + list + "</deliveries>"
                + "<deliveries><start>10000-01-01T00:00:00Z</start><messageId>" + messageId + "</messageId>" + good + list + "</deliveries>"
                + "<deliveries><start>" + start + "</start><messageId>" + messageId + "</messageId><type>bulk</type>" + good + list + "</deliveries>"
                + "</v4:addDeliveries>").ok();

        assertThat(answer.texts("//results/errorCode"))
                .containsExactly("205", "201", "201", "202", "213", "206", "0", "213", "201", "203");
        assertThat(answer.texts("//return/errors")).containsExactly("0", "1", "2", "3", "4", "5", "7", "8", "9");
    }

    @Test
    void updateDeliveriesReschedulesOrCancelsOnlyWhileUnsent() {
        String listId = listWith("paul.davis1@example.net");
        String deliveryId = addDelivery(clock.now().plusHours(1), listId);
        OffsetDateTime later = clock.now().plusHours(3).truncatedTo(ChronoUnit.SECONDS);

        SandboxSoap.Answer moved = soap.call(session, "<v4:updateDeliveries><deliveries><id>" + deliveryId + "</id><start>" + later
                + "</start></deliveries><deliveries><id>0bba03ee000000000000000000000fffffff</id><status>skipped</status></deliveries>"
                + "<deliveries><id>" + deliveryId + "</id><status>sent</status></deliveries></v4:updateDeliveries>").ok();
        assertThat(moved.texts("//results/errorCode")).containsExactly("0", "219", "203");
        assertThat(OffsetDateTime.parse(read(deliveryId).text("//return/start")).toInstant()).isEqualTo(later.toInstant());

        soap.call(session, "<v4:updateDeliveries><deliveries><id>" + deliveryId + "</id><status>skipped</status></deliveries>"
                + "</v4:updateDeliveries>").ok();
        advance(Duration.ofHours(4));
        assertThat(status(deliveryId)).isEqualTo("skipped");
        assertThat(read(deliveryId).text("//return/numSends")).isEqualTo("0");

        String sentId = addDelivery(clock.now().minusMinutes(30), listId);
        assertThat(soap.call(session, "<v4:updateDeliveries><deliveries><id>" + sentId + "</id><status>skipped</status></deliveries>"
                + "</v4:updateDeliveries>").ok().text("//results/errorCode")).isEqualTo("203");

        SandboxSoap.Answer deleted = soap.call(session, "<v4:deleteDeliveries><deliveries><id>" + sentId + "</id></deliveries>"
                + "<deliveries><id>" + sentId + "</id></deliveries></v4:deleteDeliveries>").ok();
        assertThat(deleted.texts("//results/errorCode")).containsExactly("0", "219");
    }

    @Test
    void readDeliveriesFiltersByMessageAndStatus() {
        String listId = listWith("paul.davis1@example.net");
        String deliveryId = addDelivery(clock.now().plusDays(1), listId);

        SandboxSoap.Answer unsent = soap.call(session, "<v4:readDeliveries><filter><type>AND</type><messageId>" + messageId
                + "</messageId><status>unsent</status></filter><includeRecipients>false</includeRecipients>"
                + "<includeContent>false</includeContent><pageNumber>1</pageNumber></v4:readDeliveries>").ok();
        assertThat(unsent.texts("//return/id")).contains(deliveryId);
        assertThat(unsent.texts("//return/status")).containsOnly("unsent");
        assertThat(soap.call(session, "<v4:readDeliveryRecipients><filter><deliveryId>0bba03ee000000000000000000000fffffff"
                + "</deliveryId></filter><pageNumber>1</pageNumber></v4:readDeliveryRecipients>").faultCode()).isEqualTo(219);
    }

    /** Moves the sandbox clock; a move past the idle timeout ends the session, so log in again as a client would. */
    private void advance(Duration step) {
        clock.advance(step);
        session = soap.login();
    }

    private String addDelivery(OffsetDateTime start, String... listIds) {
        StringBuilder recipients = new StringBuilder();
        for (String listId : listIds) {
            recipients.append("<recipients><deliveryType>selected</deliveryType><id>").append(listId)
                    .append("</id><type>list</type></recipients>");
        }
        return soap.call(session, "<v4:addDeliveries><deliveries><start>" + start.withOffsetSameInstant(ZoneOffset.ofHours(-4))
                + "</start><messageId>" + messageId + "</messageId><fromEmail>news@shop.example.com</fromEmail>"
                + "<fromName>Shop</fromName><replyEmail>reply@shop.example.com</replyEmail>" + recipients
                + "</deliveries></v4:addDeliveries>").ok().text("//results/id");
    }

    private SandboxSoap.Answer read(String deliveryId) {
        return soap.call(session, "<v4:readDeliveries><filter><id>" + deliveryId + "</id></filter><includeRecipients>true"
                + "</includeRecipients><includeContent>true</includeContent><pageNumber>1</pageNumber></v4:readDeliveries>").ok();
    }

    private String status(String deliveryId) {
        return read(deliveryId).text("//return/status");
    }

    private String listWith(String... emails) {
        String listId = soap.call(session, "<v4:addLists><lists><name>delivery-" + UUID.randomUUID() + "</name></lists></v4:addLists>")
                .ok().text("//results/id");
        StringBuilder add = new StringBuilder("<v4:addToList><list><id>" + listId + "</id></list>");
        for (String email : emails) {
            add.append("<contacts><email>").append(email).append("</email></contacts>");
        }
        soap.call(session, add.append("</v4:addToList>").toString()).ok();
        return listId;
    }

    private String listOfNewContacts(int size) {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        String[] emails = new String[size];
        StringBuilder add = new StringBuilder("<v4:addContacts>");
        for (int i = 0; i < size; i++) {
            emails[i] = "metric-" + batch + "-" + i + "@example.com";
            add.append("<contacts><email>").append(emails[i]).append("</email></contacts>");
        }
        soap.call(session, add.append("</v4:addContacts>").toString()).ok();
        return listWith(emails);
    }
}
