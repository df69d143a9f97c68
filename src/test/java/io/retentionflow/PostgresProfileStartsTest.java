package io.retentionflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The production shape: PostgreSQL, Flyway's history beside Camunda's tables, no sandbox and no demo login. */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class PostgresProfileStartsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "postgres_profile");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    Environment environment;

    @Test
    void theEngineAndFlywayShareTheDatabase() {
        assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
                .isGreaterThanOrEqualTo(150000);
        assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_name = 'flyway_schema_history'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void theFirstAdminComesFromTheSettingsAndThereIsNoDemoLogin() {
        String admin = environment.getRequiredProperty("camunda.bpm.admin-user.id");
        assertThat(admin).isEqualTo("admin");
        assertThat(identity.checkPassword(admin, environment.getRequiredProperty("camunda.bpm.admin-user.password")))
                .isTrue();
        assertThat(identity.createUserQuery().userId(admin).memberOfGroup("admins").count()).isOne();
        assertThat(identity.createUserQuery().userId(admin).memberOfGroup("camunda-admin").count()).isOne();
        assertThat(identity.createUserQuery().userId("demo").count()).isZero();
    }

    @Test
    void theSandboxIsOffInProduction() {
        assertThat(http.getForEntity("/sandbox/bronto/v4?wsdl", String.class).getStatusCode())
                .isNotEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_name like 'sandbox\\_%'", Integer.class))
                .isZero();
    }
}
