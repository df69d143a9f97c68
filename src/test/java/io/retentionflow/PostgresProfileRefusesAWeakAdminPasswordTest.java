package io.retentionflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Production (the postgres profile, no sandbox) does not start with the demo password, an empty one or a short
 * one for its first admin, and says which setting to change; the database stays untouched (FirstAdminCheck).
 */
@RequiresPostgres
class PostgresProfileRefusesAWeakAdminPasswordTest {

    private static String database;

    @BeforeAll
    static void emptyDatabase() {
        database = PostgresTestDatabase.createDatabase("first_admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "demo", "elevenchars"})
    void theProductRefusesToStartOutsideTheSandboxWithAWeakFirstAdminPassword(String password) throws Exception {
        SpringApplicationBuilder production = new SpringApplicationBuilder(RetentionFlowApplication.class).profiles("postgres");

        assertThatThrownBy(() -> production.run("--camunda.bpm.admin-user.password=" + password,
                "--spring.datasource.url=" + database, "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD, "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false").close())
                .hasMessageContaining("camunda.bpm.admin-user.password (environment CAMUNDA_ADMIN_PASSWORD)")
                .hasMessageContaining("at least 12 characters");

        try (var connection = DriverManager.getConnection(database, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
                ResultSet tables = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            assertThat(tables.next()).as("a table was created").isFalse();
        }
    }
}
