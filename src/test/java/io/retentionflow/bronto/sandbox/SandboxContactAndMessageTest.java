package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SandboxIntegrationTest
class SandboxContactAndMessageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
        SandboxSoap.Answer updated = soap.call(session, "<v4:addOrUpdateContacts><contacts><email>" + unsubscribed.toUpperCase(Locale.ROOT)
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
    void severalAddressesAreAnyOfThemWithOrAndNoneWithAnd() {
        String either = "<email><operator>EqualTo</operator><value>Paul.Davis1@example.net</value></email>"
                + "<email><operator>EqualTo</operator><value>victor.phillips2@example.com</value></email>"
                + "<email><operator>EqualTo</operator><value>nobody-" + UUID.randomUUID() + "@example.com</value></email>";

        SandboxSoap.Answer any = soap.call(session, "<v4:readContacts><filter><type>OR</type>" + either
                + "</filter><pageNumber>1</pageNumber></v4:readContacts>").ok();
        SandboxSoap.Answer all = soap.call(session, "<v4:readContacts><filter><type>AND</type>" + either
                + "</filter><pageNumber>1</pageNumber></v4:readContacts>").ok();

        assertThat(any.count("//return")).as("case-insensitive, any of them").isEqualTo(2);
        assertThat(all.count("//return")).as("one contact has one address").isZero();
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

        for (int i = 0; i < 11; i++) {
            soap.call(session, "<v4:addLists><lists><name>page-" + batch + "-" + i + "</name></lists></v4:addLists>").ok();
        }

        List<String> ids = new ArrayList<>();
        List<Integer> pageCounts = new ArrayList<>();
        int pageCount;
        do {
            SandboxSoap.Answer page = soap.call(session, "<v4:readContacts><pageNumber>" + (pageCounts.size() + 1)
                    + "</pageNumber></v4:readContacts>").ok();
            pageCount = page.count("//return");
            pageCounts.add(pageCount);
            ids.addAll(page.texts("//return/id"));
        } while (pageCount > 0);

        // the seed (over 2,000) and these 3,000 contacts fill page 1 and start page 2
        assertThat(pageCounts.get(0)).isEqualTo(5000);
        assertThat(pageCounts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(5000));
        assertThat(pageCounts.get(pageCounts.size() - 1)).isZero();
        Set<String> distinct = new HashSet<>(ids);
        assertThat(distinct).hasSameSizeAs(ids);
        assertThat(ids).isSorted();
        assertThat(soap.call(session, "<v4:readLists><pageNumber>1</pageNumber><pageSize>10</pageSize></v4:readLists>").ok()
                .count("//return")).isEqualTo(10);
    }

    /** Each value bound for a column of limited width or set is checked per object; the call never fails as 101. */
    @Test
    void badContactValuesAreThatContactsErrorNeverAFailedCall() {
        String firstname = fieldId("firstname");
        String ok = "ok-" + UUID.randomUUID() + "@example.com";
        SandboxSoap.Answer answer = soap.call(session, "<v4:addContacts>"
                + "<contacts><email>" + "a".repeat(89) + "@example.com</email></contacts>"
                + "<contacts><email>s-" + UUID.randomUUID() + "@example.com</email><source>" + "x".repeat(21) + "</source></contacts>"
                + "<contacts><email>s-" + UUID.randomUUID() + "@example.com</email><source>newsletter</source></contacts>"
                + "<contacts><email>m-" + UUID.randomUUID() + "@example.com</email><msgPref>" + "y".repeat(11) + "</msgPref></contacts>"
                + "<contacts><email>f-" + UUID.randomUUID() + "@example.com</email><fields><fieldId>" + firstname
                + "</fieldId><content>" + "z".repeat(4001) + "</content></fields></contacts>"
                + "<contacts><email>f-" + UUID.randomUUID() + "@example.com</email><fields><fieldId>0bba03ef00000000000000000000ffffffff"
                + "</fieldId><content>x</content></fields></contacts>"
                + "<contacts><email>" + ok + "</email><msgPref>text</msgPref><source>webform</source><fields><fieldId>" + firstname
                + "</fieldId><content>" + "z".repeat(4000) + "</content></fields></contacts>"
                + "</v4:addContacts>").ok();

        assertThat(answer.texts("//results/errorCode")).containsExactly("317", "301", "301", "301", "410", "306", "0");
        assertThat(answer.texts("//return/errors")).containsExactly("0", "1", "2", "3", "4", "5");
        SandboxSoap.Answer stored = readByEmail(ok);
        assertThat(stored.text("//return/source")).isEqualTo("webform");
        assertThat(stored.text("//return/msgPref")).isEqualTo("text");
    }

    @Test
    void aTypedFieldRefusesAValueNotOfItsTypeWith409() {
        String name = "visits-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into sandbox_field (name, label, field_type, visibility) values (:name, 'Visits', 'integer', 'private')")
                .param("name", name).update();
        String visits = fieldId(name);

        SandboxSoap.Answer answer = soap.call(session, "<v4:addContacts>"
                + "<contacts><email>i-" + UUID.randomUUID() + "@example.com</email><fields><fieldId>" + visits
                + "</fieldId><content>many</content></fields></contacts>"
                + "<contacts><email>i-" + UUID.randomUUID() + "@example.com</email><fields><fieldId>" + visits
                + "</fieldId><content>12</content></fields></contacts>"
                + "</v4:addContacts>").ok();

        assertThat(answer.texts("//results/errorCode")).containsExactly("409", "0");
    }

    @Test
    void aListLabelOrVisibilityTheListCannotHoldIsThatListsError() {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        SandboxSoap.Answer answer = soap.call(session, "<v4:addLists>"
                + "<lists><name>label-" + batch + "-1</name><label>" + "l".repeat(256) + "</label></lists>"
                + "<lists><name>label-" + batch + "-2</name><visibility>" + "v".repeat(21) + "</visibility></lists>"
                + "<lists><name>label-" + batch + "-3</name><label>" + "l".repeat(255) + "</label><visibility>public</visibility></lists>"
                + "</v4:addLists>").ok();

        assertThat(answer.texts("//results/errorCode")).containsExactly("509", "501", "0");
    }

    @Test
    void readContactsFiltersByMsgPrefAndSourceAndRefusesCriteriaItCannotEvaluate() {
        String email = "pref-" + UUID.randomUUID() + "@example.com";
        soap.call(session, "<v4:addContacts><contacts><email>" + email + "</email><msgPref>text</msgPref><source>manual</source>"
                + "</contacts></v4:addContacts>").ok();
        String byEmail = "<email><operator>EqualTo</operator><value>" + email + "</value></email>";

        assertThat(readContacts(byEmail + "<msgPref>text</msgPref><source>manual</source>").count("//return")).isEqualTo(1);
        assertThat(readContacts(byEmail + "<msgPref>html</msgPref>").count("//return")).isZero();
        assertThat(readContacts(byEmail + "<source>import</source>").count("//return")).isZero();
        for (String unsupported : List.of("<mobileNumber><operator>EqualTo</operator><value>5551234</value></mobileNumber>",
                "<segmentId>0bba03f0000000000000000000000000001</segmentId>", "<SMSKeywordID>k</SMSKeywordID>",
                "<customSource><operator>EqualTo</operator><value>shop</value></customSource>")) {
            SandboxSoap.Answer refused = soap.call(session, "<v4:readContacts><filter>" + byEmail + unsupported
                    + "</filter><pageNumber>1</pageNumber></v4:readContacts>");

            assertThat(refused.faultCode()).as(unsupported).isEqualTo(106);
        }
    }

    /** @param criteria the filter's children, in contactFilter's order */
    private SandboxSoap.Answer readContacts(String criteria) {
        return soap.call(session, "<v4:readContacts><filter>" + criteria + "</filter><pageNumber>1</pageNumber></v4:readContacts>").ok();
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
        try (var lines = new BufferedReader(new InputStreamReader(
                SandboxContactAndMessageTest.class.getResourceAsStream("/demo/customers.csv"), StandardCharsets.UTF_8))) {
            return lines.lines().skip(1).map(line -> line.split(",", -1))
                    .filter(column -> Integer.parseInt(column[0]) == customerId).findFirst().orElseThrow()[1];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
