package io.retentionflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.support.BrowserSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A marketer signed in with the login form, as in a browser: a form posted with the session's cookie but
 * without the page's CSRF token (what another site can make the browser send) is refused and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:access-by-group;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "sandbox.seed-demo=false",
    "imports.demo-data=false"
})
class CsrfProtectionTest {

    private static final String MARKETER = "csrfmarketer";
    private static final String PASSWORD = "csrf-test-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    private BrowserSession browser;

    @BeforeEach
    void signedIn() {
        if (identity.createUserQuery().userId(MARKETER).count() == 0) {
            var user = identity.newUser(MARKETER);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(MARKETER, CamundaGroups.MARKETERS);
        }
        browser = new BrowserSession(port);
        HttpResponse<String> signedIn = browser.postForm("/login",
                Map.of("username", MARKETER, "password", PASSWORD, "_csrf", token(browser.get("/login"))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));
    }

    private static String token(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    private long targetGroups() {
        return jdbc.sql("select count(*) from target_group").query(Long.class).single();
    }

    private Map<String, String> group(String name) {
        return Map.of("name", name, "description", "", "ruleJson", "{\"field\":\"stage\",\"op\":\"=\",\"value\":\"lapsed\"}");
    }

    @Test
    void aFormPostedWithoutItsTokenIsRefusedAndChangesNothing() {
        long before = targetGroups();

        HttpResponse<String> forged = browser.postForm("/target-groups", group("Forged"));
        HttpResponse<String> guessed = browser.postForm("/target-groups",
                Map.of("name", "Guessed", "ruleJson", "{}", "_csrf", "not-the-token"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(guessed.statusCode()).isEqualTo(403);
        assertThat(targetGroups()).isEqualTo(before);

        var withToken = new java.util.HashMap<>(group("Made by hand"));
        withToken.put("_csrf", token(browser.get("/target-groups/new")));
        assertThat(browser.postForm("/target-groups", withToken).statusCode()).isEqualTo(302);
        assertThat(targetGroups()).isEqualTo(before + 1);
    }

    @Test
    void aDeleteButtonPostedWithoutItsTokenDeletesNothing() {
        var form = new java.util.HashMap<>(group("Keep me"));
        form.put("_csrf", token(browser.get("/target-groups/new")));
        String saved = browser.postForm("/target-groups", form).headers().firstValue("Location").orElseThrow();
        String id = saved.replaceFirst(".*/target-groups/(\\d+).*", "$1");
        long before = targetGroups();

        assertThat(browser.postForm("/target-groups/" + id + "/delete", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);

        assertThat(targetGroups()).isEqualTo(before);
        assertThat(browser.get("/target-groups").statusCode()).as("still signed in").isEqualTo(200);
    }
}
