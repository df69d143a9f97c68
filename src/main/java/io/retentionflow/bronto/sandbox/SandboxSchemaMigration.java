package io.retentionflow.bronto.sandbox;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The sandbox's own Flyway, beside Spring Boot's: its own history table and locations, so the product's schema
 * (db/migration) and the sandbox's (db/sandbox) evolve independently. Deliberately not a {@link Flyway} bean, which
 * would switch Spring Boot's Flyway auto-configuration off.
 */
public class SandboxSchemaMigration {

    private final Flyway flyway;

    public SandboxSchemaMigration(DataSource dataSource) {
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .table("sandbox_schema_history")
                .locations("classpath:db/sandbox")
                // Camunda's and the product's tables may already be there: the schema is not empty
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    public void migrate() {
        flyway.migrate();
    }
}
