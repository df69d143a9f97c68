package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxIntegrationTest
class SandboxSessionAndListTest {

    @LocalServerPort
    int port;

    @Autowired
    SandboxClock clock;

    private SandboxSoap soap;
    private String session;

    @BeforeEach
    void login() {
        soap = new SandboxSoap(port);
        session = soap.login();
    }

    @Test
    void loginReturnsAGuidLikeSessionId() {
        assertThat(session).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void badTokenIsFault102WithoutEchoingTheToken() {
        SandboxSoap.Answer answer = soap.call(null, "<v4:login><apiToken>wrong-secret-value</apiToken></v4:login>");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.faultCode()).isEqualTo(102);
        assertThat(answer.faultString()).startsWith("102: ");
        assertThat(answer.body()).doesNotContain("wrong-secret-value");
    }

    @Test
    void missingOrUnknownSessionIsFault103() {
        assertThat(soap.call(null, "<v4:readLists><pageNumber>1</pageNumber></v4:readLists>").faultCode()).isEqualTo(103);
        assertThat(soap.call(UUID.randomUUID().toString(), "<v4:readLists><pageNumber>1</pageNumber></v4:readLists>").faultCode())
                .isEqualTo(103);
    }

    @Test
    void sessionExpiresAfterTwentyIdleMinutesOfSandboxTime() {
        clock.advance(java.time.Duration.ofMinutes(19));
        assertThat(soap.call(session, "<v4:readLists><pageNumber>1</pageNumber></v4:readLists>").status()).isEqualTo(200);

        clock.advance(java.time.Duration.ofMinutes(20));

        assertThat(soap.call(session, "<v4:readLists><pageNumber>1</pageNumber></v4:readLists>").faultCode()).isEqualTo(103);
    }

    @Test
    void logoutEndsTheSession() {
        assertThat(soap.call(session, "<v4:logout/>").ok().text("//v4:logoutResponse/return/results/errorCode")).isEqualTo("0");

        assertThat(soap.call(session, "<v4:readLists><pageNumber>1</pageNumber></v4:readLists>").faultCode()).isEqualTo(103);
    }

    @Test
    void addListsCreatesAndRefusesADuplicateNameWith502() {
        String name = "campaign-" + UUID.randomUUID();
        SandboxSoap.Answer first = soap.call(session, "<v4:addLists><lists><name>" + name + "</name><label>Spring</label></lists></v4:addLists>").ok();
        String id = first.text("//results/id");
        assertThat(id).matches("0bba03ec[0-9a-f]{28}");
        assertThat(first.text("//results/isNew")).isEqualTo("true");
        assertThat(first.count("//return/errors")).isZero();

        SandboxSoap.Answer again = soap.call(session, "<v4:addLists><lists><name>" + name + "</name></lists>"
                + "<lists><name></name></lists></v4:addLists>").ok();

        assertThat(again.text("//results[1]/errorCode")).isEqualTo("502");
        assertThat(again.text("//results[1]/isError")).isEqualTo("true");
        assertThat(again.text("//results[2]/errorCode")).isEqualTo("501");
        assertThat(again.text("//return/errors[1]")).isEqualTo("0");
        assertThat(again.text("//return/errors[2]")).isEqualTo("1");

        SandboxSoap.Answer read = soap.call(session, "<v4:readLists><filter><name><operator>EqualTo</operator><value>" + name
                + "</value></name></filter><pageNumber>1</pageNumber></v4:readLists>").ok();
        assertThat(read.count("//return")).isEqualTo(1);
        assertThat(read.text("//return/id")).isEqualTo(id);
        assertThat(read.text("//return/label")).isEqualTo("Spring");
        assertThat(read.text("//return/activeCount")).isEqualTo("0");
    }

    @Test
    void addToListAddsKnownContactsByEmailOrIdAndReportsUnknownAndDuplicates() {
        String listId = addList();
        String body = "<v4:addToList><list><id>" + listId + "</id></list>"
                + "<contacts><email>Paul.Davis1@example.net</email></contacts>"
                + "<contacts><email>nobody-" + UUID.randomUUID() + "@example.com</email></contacts>"
                + "<contacts><email>victor.phillips2@example.com</email></contacts>"
                + "<contacts><id>0bba03ed00000000000000000000ffffffff</id></contacts>"
                + "</v4:addToList>";

        SandboxSoap.Answer answer = soap.call(session, body).ok();

        assertThat(answer.text("//results[1]/errorCode")).isEqualTo("0");
        assertThat(answer.text("//results[2]/errorCode")).isEqualTo("302");
        assertThat(answer.text("//results[3]/errorCode")).isEqualTo("0");
        assertThat(answer.text("//results[4]/errorCode")).isEqualTo("302");
        assertThat(answer.text("//return/errors[1]")).isEqualTo("1");
        assertThat(answer.text("//return/errors[2]")).isEqualTo("3");

        String paulId = answer.text("//results[1]/id");
        SandboxSoap.Answer again = soap.call(session, "<v4:addToList><list><id>" + listId + "</id></list>"
                + "<contacts><id>" + paulId + "</id></contacts></v4:addToList>").ok();
        assertThat(again.text("//results[1]/errorCode")).isEqualTo("506");
        assertThat(activeCount(listId)).isEqualTo("2");

        SandboxSoap.Answer removed = soap.call(session, "<v4:removeFromList><list><id>" + listId + "</id></list>"
                + "<contacts><email>paul.davis1@example.net</email></contacts>"
                + "<contacts><email>ghost@example.org</email></contacts></v4:removeFromList>").ok();
        assertThat(removed.text("//results[1]/errorCode")).isEqualTo("0");
        assertThat(removed.text("//results[2]/errorCode")).isEqualTo("302");
        assertThat(activeCount(listId)).isEqualTo("1");
    }

    @Test
    void addToListOfAnUnknownListIsFault206() {
        SandboxSoap.Answer answer = soap.call(session, "<v4:addToList><list><id>0bba03ec000000000000000000000fffffff</id></list>"
                + "<contacts><email>paul.davis1@example.net</email></contacts></v4:addToList>");

        assertThat(answer.faultCode()).isEqualTo(206);
    }

    @Test
    void emptyWriteIsFault105AndMoreThan5000ObjectsIsFault107() {
        assertThat(soap.call(session, "<v4:addLists/>").faultCode()).isEqualTo(105);

        StringBuilder lists = new StringBuilder("<v4:addLists>");
        for (int i = 0; i < 5001; i++) {
            lists.append("<lists><name>too-many-").append(i).append("</name></lists>");
        }
        SandboxSoap.Answer tooMany = soap.call(session, lists.append("</v4:addLists>").toString());

        assertThat(tooMany.faultCode()).isEqualTo(107);
        assertThat(soap.call(session, "<v4:readLists><filter><name><operator>StartsWith</operator><value>too-many-</value></name>"
                + "</filter><pageNumber>1</pageNumber></v4:readLists>").ok().count("//return")).isZero();
    }

    @Test
    void clearAndDeleteListsReportUnknownIdsWith206() {
        String listId = addList();
        soap.call(session, "<v4:addToList><list><id>" + listId + "</id></list><contacts><email>grace.hall4@example.org</email>"
                + "</contacts></v4:addToList>").ok();

        SandboxSoap.Answer cleared = soap.call(session, "<v4:clearLists><list><id>" + listId + "</id></list>"
                + "<list><id>0bba03ec000000000000000000000fffffff</id></list></v4:clearLists>").ok();
        assertThat(cleared.text("//results[1]/errorCode")).isEqualTo("0");
        assertThat(cleared.text("//results[2]/errorCode")).isEqualTo("206");
        assertThat(activeCount(listId)).isEqualTo("0");

        SandboxSoap.Answer deleted = soap.call(session, "<v4:deleteLists><lists><id>" + listId + "</id></lists></v4:deleteLists>").ok();
        assertThat(deleted.text("//results[1]/errorCode")).isEqualTo("0");
        assertThat(soap.call(session, "<v4:readLists><filter><id>" + listId + "</id></filter><pageNumber>1</pageNumber></v4:readLists>")
                .ok().count("//return")).isZero();
    }

    @Test
    void badFilterTypeIsFault112AndPageSizeOutOfRangeIs114Or115() {
        assertThat(soap.call(session, "<v4:readLists><filter><type>XOR</type></filter><pageNumber>1</pageNumber></v4:readLists>")
                .faultCode()).isEqualTo(112);
        assertThat(soap.call(session, "<v4:readLists><pageNumber>1</pageNumber><pageSize>5001</pageSize></v4:readLists>")
                .faultCode()).isEqualTo(114);
        assertThat(soap.call(session, "<v4:readLists><pageNumber>1</pageNumber><pageSize>9</pageSize></v4:readLists>")
                .faultCode()).isEqualTo(115);
    }

    @Test
    void listFilterCombinesNamesWithOr() {
        String prefix = "or-" + UUID.randomUUID();
        soap.call(session, "<v4:addLists><lists><name>" + prefix + "-a</name></lists><lists><name>" + prefix
                + "-b</name></lists><lists><name>" + prefix + "-c</name></lists></v4:addLists>").ok();

        SandboxSoap.Answer answer = soap.call(session, "<v4:readLists><filter><type>OR</type>"
                + "<name><operator>EndsWith</operator><value>" + prefix + "-a</value></name>"
                + "<name><operator>EqualTo</operator><value>" + prefix + "-c</value></name>"
                + "</filter><pageNumber>1</pageNumber></v4:readLists>").ok();

        assertThat(answer.count("//return")).isEqualTo(2);
        assertThat(answer.text("//return[2]/name")).isEqualTo(prefix + "-c");
    }

    private String addList() {
        return soap.call(session, "<v4:addLists><lists><name>list-" + UUID.randomUUID() + "</name></lists></v4:addLists>")
                .ok().text("//results/id");
    }

    private String activeCount(String listId) {
        return soap.call(session, "<v4:readLists><filter><id>" + listId + "</id></filter><pageNumber>1</pageNumber></v4:readLists>")
                .ok().text("//return/activeCount");
    }
}
