package io.retentionflow.system;

import java.sql.Connection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The database the product runs on, for the few statements PostgreSQL and H2 (the embedded default) spell apart. */
@Component
public class Database {

    private final boolean postgres;

    Database(JdbcTemplate jdbc) {
        this.postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) (Connection connection) ->
                connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    }

    public boolean isPostgres() {
        return postgres;
    }
}
