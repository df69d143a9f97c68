package io.retentionflow.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The first admin's password by profile; a real start refused on PostgreSQL is PostgresProfileRefusesAWeakAdminPasswordTest. */
class FirstAdminCheckTest {

    private static MockEnvironment environment(String profile, String id, String password) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.id", id).withProperty("camunda.bpm.admin-user.password", password);
        environment.setActiveProfiles(profile);
        return environment;
    }

    private static void check(MockEnvironment environment) {
        new FirstAdminCheck().postProcessEnvironment(environment, null);
    }

    @Test
    void theSandboxKeepsItsDemoLogin() {
        assertThatCode(() -> check(environment("sandbox", "demo", "demo"))).doesNotThrowAnyException();
    }

    @Test
    void theSandboxRefusesAnEmptyPasswordAsFromAnEmptyVariable() {
        assertThatThrownBy(() -> check(environment("sandbox", "demo", "")))
                .hasMessageContaining("CAMUNDA_ADMIN_PASSWORD");
    }

    @Test
    void productionTakesAPasswordOfTwelveCharactersOrMore() {
        assertThatCode(() -> check(environment("postgres", "admin", "twelve-chars"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(environment("postgres", "admin", "eleven-char")))
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void productionNeedsAFirstAdminsName() {
        assertThatThrownBy(() -> check(environment("postgres", " ", "a-long-enough-password")))
                .hasMessageContaining("CAMUNDA_ADMIN_USER");
    }
}
