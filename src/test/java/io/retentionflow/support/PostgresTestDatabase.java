package io.retentionflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server the tests use ({@code RF_TEST_POSTGRES_URL}, default the local server with
 * user {@code postgres}). Each test class that needs one gets a database of its own, so tests
 * never see each other's rows. Databases are named {@code rf_test_*}; {@code .ci/run} drops old ones.
 */
public final class PostgresTestDatabase {

    static final String SERVER_URL = env("RF_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String USER = env("RF_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = env("RF_TEST_POSTGRES_PASSWORD", "");

    private PostgresTestDatabase() {}

    static boolean reachable() {
        try (Connection ignored = connect(SERVER_URL)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String createDatabase(String purpose) {
        String name = "rf_test_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection server = connect(SERVER_URL); Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + SERVER_URL, e);
        }
        return SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
    }

    /**
     * Points a Spring test context at a new database of its own. Its pool is small: Spring keeps
     * contexts for reuse, and a whole run's pools must fit in PostgreSQL's 100 connections.
     */
    public static void register(DynamicPropertyRegistry registry, String purpose) {
        String url = createDatabase(purpose);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> 6);
        // each job thread may hold two connections at once: few threads, so six connections always go round
        registry.add("camunda.bpm.job-execution.core-pool-size", () -> 2);
        registry.add("camunda.bpm.job-execution.max-pool-size", () -> 2);
    }

    static String serverUrl() {
        return SERVER_URL;
    }

    private static Connection connect(String url) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
