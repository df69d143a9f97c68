package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxIntegrationTest
class SandboxContactAndMessageTest {

    @LocalServerPort
    int port;

    private SandboxSoap soap;
    private String session;

    @BeforeEach
    void login() {
        soap = new SandboxSoap(port);
        session = soap.login();
    }

    @Test
    void seedOffersTheOptimoveFolderWithItsTemplatesAndASeparateTransactionalFolder() {
        SandboxSoap.Answer folders = soap.call(session, "<v4:readMessageFolders><filter><name><operator>EqualTo</operator>"
                + "<value>Optimove</value></name></filter><pageNumber>1</pageNumber></v4:readMessageFolders>").ok();
        assertThat(folders.count("//return")).isEqualTo(1);
        String optimove = folders.text("//return/id");

        SandboxSoap.Answer templates = soap.call(session, "<v4:readMessages><filter><messageFolderId>" + optimove
                + "</messageFolderId></filter><includeContent>true</includeContent><pageNumber>1</pageNumber></v4:readMessages>").ok();

        assertThat(templates.count("//return")).isGreaterThanOrEqualTo(3);
        assertThat(templates.text("//return[1]/content[type='html']/content")).contains("<html", "%%firstname%%");
        assertThat(templates.text("//return[1]/content[type='text']/subject")).isNotBlank();
        assertThat(templates.text("//return/messageFolderId[. != '" + optimove + "']")).isEmpty();
        assertThat(soap.call(session, "<v4:readMessageFolders><filter><name><operator>EqualTo</operator>"
                + "<value>Transactional</value></name></filter><pageNumber>1</pageNumber></v4:readMessageFolders>").ok()
                .count("//return")).isEqualTo(1);
        assertThat(soap.call(session, "<v4:readMessages><filter><name><operator>Contains</operator><value>Win-back</value></name>"
                + "</filter><includeContent>false</includeContent><pageNumber>1</pageNumber></v4:readMessages>").ok()
                .count("//return/content")).isZero();
    }

    @Test
    void seedLeavesOutEveryTwentyFifthCustomerAndMarksSomeUnsubscribedOrBounced() {
        // customer 25 is left out of Bronto on purpose; customer 1 is in, with the first name as a field
        assertThat(readByEmail(emailOfCustomer(25)).count("//return")).isZero();
        SandboxSoap.Answer paul = soap.call(session, "<v4:readContacts><filter><email><operator>EqualTo</operator>"
                + "<value>paul.davis1@example.net</value></email></filter><fields>" + fieldId("firstname")
                + "</fields><pageNumber>1</pageNumber></v4:readContacts>").ok();
        assertThat(paul.text("//return/fields/content")).isEqualTo("Paul");
        assertThat(soap.call(session, "<v4:readContacts><filter><status>unsub</status></filter><pageNumber>1</pageNumber>"
                + "</v4:readContacts>").ok().count("//return")).isPositive();
        assertThat(soap.call(session, "<v4:readContacts><filter><status>bounce</status></filter><pageNumber>1</pageNumber>"
                + "</v4:readContacts>").ok().count("//return")).isPositive();
    }

    @Test
    void readFieldsReturnsTheSeededTextFields() {
        SandboxSoap.Answer answer = soap.call(session, "<v4:readFields><pageNumber>1</pageNumber></v4:readFields>").ok();

        assertThat(answer.text("//return[name='firstname']/type")).isEqualTo("text");
        assertThat(answer.text("//return[name='lastname']/type")).isEqualTo("text");
        assertThat(answer.text("//return[1]/id")).matches("[0-9a-f]{36}");
    }

    @Test
    void addOrUpdateContactsCreatesUpdatesAndNeverChangesAStatus() {
        String email = "new-" + UUID.randomUUID() + "@example.com";
        SandboxSoap.Answer created = soap.call(session, "<v4:addOrUpdateContacts><contacts><email>" + email + "</email>"
                + "<fields><fieldId>" + fieldId("firstname") + "</fieldId><content>Ada</content></fields></contacts>"
                + "<contacts><email>not-an-email</email></contacts>"
                + "<contacts><email>x-" + UUID.randomUUID() + "@example.com</email><status>weird</status></contacts>"
                + "<contacts><id>0bba03ed00000000000000000000ffffffff</id></contacts>"
                + "</v4:addOrUpdateContacts>").ok();
        assertThat(created.text("//results[1]/isNew")).isEqualTo("true");
        assertThat(created.text("//results[2]/errorCode")).isEqualTo("303");
        assertThat(created.text("//results[3]/errorCode")).isEqualTo("304");
        assertThat(created.text("//results[4]/errorCode")).isEqualTo("302");
        assertThat(readByEmail(email).text("//return/status")).isEqualTo("onboarding");

        String unsubscribed = readContactWithStatus("unsub");
        SandboxSoap.Answer updated = soap.call(session, "<v4:addOrUpdateContacts><contacts><email>" + unsubscribed.toUpperCase()
                + "</email><status>onboarding</status></contacts></v4:addOrUpdateContacts>").ok();

        assertThat(updated.text("//results[1]/errorCode")).isEqualTo("0");
        assertThat(updated.text("//results[1]/isNew")).isEqualTo("false");
        assertThat(readByEmail(unsubscribed).text("//return/status")).isEqualTo("unsub");
    }

    @Test
    void addContactsRefusesAKnownEmailWith305() {
        SandboxSoap.Answer answer = soap.call(session, "<v4:addContacts><contacts><email>paul.davis1@example.net</email></contacts>"
                + "<contacts><email>t-" + UUID.randomUUID() + "@example.com</email><status>transactional</status></contacts>"
                + "</v4:addContacts>").ok();

        assertThat(answer.text("//results[1]/errorCode")).isEqualTo("305");
        assertThat(answer.text("//results[2]/errorCode")).isEqualTo("0");
        assertThat(answer.text("//return/errors")).isEqualTo("0");
    }

    @Test
    void readContactsFiltersByListAndReturnsListIdsOnRequest() {
        String listId = soap.call(session, "<v4:addLists><lists><name>members-" + UUID.randomUUID() + "</name></lists></v4:addLists>")
                .ok().text("//results/id");
        soap.call(session, "<v4:addToList><list><id>" + listId + "</id></list><contacts><email>sam.thomas3@example.net</email>"
                + "</contacts></v4:addToList>").ok();

        SandboxSoap.Answer answer = soap.call(session, "<v4:readContacts><filter><listId>" + listId + "</listId></filter>"
                + "<includeLists>true</includeLists><pageNumber>1</pageNumber></v4:readContacts>").ok();

        assertThat(answer.count("//return")).isEqualTo(1);
        assertThat(answer.text("//return/email")).isEqualTo("sam.thomas3@example.net");
        assertThat(answer.text("//return/listIds[. = '" + listId + "']")).isEqualTo(listId);
    }

    @Test
    void modifiedFilterAcceptsEitherChildOrderAndAndsTheCriteria() {
        String email = "dated-" + UUID.randomUUID() + "@example.com";
        soap.call(session, "<v4:addContacts><contacts><email>" + email + "</email></contacts></v4:addContacts>").ok();
        String modified = readByEmail(email).text("//return/modified");

        String valueFirst = "<modified><value>" + modified + "</value><operator>AfterOrSameDay</operator></modified>";
        String operatorFirst = "<modified><operator>LessThanEqualTo</operator><value>" + modified + "</value></modified>";
        SandboxSoap.Answer answer = soap.call(session, "<v4:readContacts><filter><type>AND</type><email><operator>EqualTo</operator>"
                + "<value>" + email + "</value></email>" + valueFirst + operatorFirst + "</filter><pageNumber>1</pageNumber></v4:readContacts>").ok();
        assertThat(answer.count("//return")).isEqualTo(1);

        SandboxSoap.Answer none = soap.call(session, "<v4:readContacts><filter><email><operator>EqualTo</operator><value>" + email
                + "</value></email><modified><operator>Before</operator><value>2000-01-01T00:00:00Z</value></modified></filter>"
                + "<pageNumber>1</pageNumber></v4:readContacts>").ok();
        assertThat(none.count("//return")).isZero();
    }

    @Test
    void readsPageByAtMost5000StablyOrderedAndEndWithAnEmptyPage() {
        StringBuilder add = new StringBuilder("<v4:addContacts>");
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3000; i++) {
            add.append("<contacts><email>page-").append(batch).append('-').append(i).append("@example.com</email></contacts>");
        }
        soap.call(session, add.append("</v4:addContacts>").toString()).ok();

        List<String> ids = new ArrayList<>();
        int pageNumber = 1;
        int pageCount;
        do {
            SandboxSoap.Answer page = soap.call(session, "<v4:readContacts><pageNumber>" + pageNumber++ + "</pageNumber></v4:readContacts>").ok();
            pageCount = page.count("//return");
            assertThat(pageCount).isLessThanOrEqualTo(5000);
            ids.addAll(page.texts("//return/id"));
        } while (pageCount > 0);

        assertThat(pageNumber - 1).isGreaterThanOrEqualTo(3);
        assertThat(ids.subList(0, 5000)).hasSize(5000);
        Set<String> distinct = new HashSet<>(ids);
        assertThat(distinct).hasSameSizeAs(ids);
        assertThat(ids).isSorted();
        assertThat(soap.call(session, "<v4:readLists><pageNumber>1</pageNumber><pageSize>10</pageSize></v4:readLists>").ok()
                .count("//return")).isLessThanOrEqualTo(10);
    }

    private String readContactWithStatus(String status) {
        return soap.call(session, "<v4:readContacts><filter><status>" + status + "</status></filter><pageNumber>1</pageNumber>"
                + "</v4:readContacts>").ok().text("//return[1]/email");
    }

    private SandboxSoap.Answer readByEmail(String email) {
        return soap.call(session, "<v4:readContacts><filter><email><operator>EqualTo</operator><value>" + email
                + "</value></email></filter><pageNumber>1</pageNumber></v4:readContacts>").ok();
    }

    private String fieldId(String name) {
        return soap.call(session, "<v4:readFields><filter><name><operator>EqualTo</operator><value>" + name
                + "</value></name></filter><pageNumber>1</pageNumber></v4:readFields>").ok().text("//return/id");
    }

    private static String emailOfCustomer(int customerId) {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                SandboxContactAndMessageTest.class.getResourceAsStream("/demo/customers.csv")))) {
            return lines.lines().skip(1).map(line -> line.split(",", -1))
                    .filter(column -> Integer.parseInt(column[0]) == customerId).findFirst().orElseThrow()[1];
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
