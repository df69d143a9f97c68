package io.retentionflow.customers;

import io.retentionflow.system.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The staging tables of one import: temporary, so they are private to the import's connection (two imports on
 * two nodes never meet) and PostgreSQL writes no WAL for them. Used inside the import's transaction only.
 *
 * <p>H2 commits the open transaction on every CREATE or DROP TABLE, so {@link #create} must come before the
 * import changes anything, and {@link #drop} last.
 */
@Component
class Staging {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Database database;

    Staging(DataSource dataSource, JdbcTemplate jdbc, Database database) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.database = database;
    }

    /** @param columns column definitions, e.g. {@code "row_no bigint not null"} */
    void create(String table, List<String> columns) {
        jdbc.execute("drop table if exists " + table); // a leftover of a failed import on this pooled connection
        jdbc.execute("create local temporary table " + table + " (" + String.join(", ", columns) + ")");
    }

    StagingTable open(String table, List<String> columns) {
        Connection connection = DataSourceUtils.getConnection(dataSource); // the transaction's, not a new one
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                return new CopyStagingTable(connection.unwrap(PGConnection.class), table, columns);
            }
            return new BatchStagingTable(connection, table, columns);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage rows into " + table, e);
        }
    }

    /**
     * PostgreSQL: lets this transaction sort and hash a million staged ids in memory (the default 4 MB spills the
     * duplicate check to disk). {@code set local} ends with the transaction.
     */
    void allowMemoryForSetOperations() {
        if (database.isPostgres()) {
            jdbc.execute("set local work_mem = '128MB'");
        }
    }

    /**
     * PostgreSQL never analyses temporary tables by itself; without statistics it plans the set-based steps
     * over a million staged rows blind.
     */
    void analyze(String table) {
        if (database.isPostgres()) {
            jdbc.execute("analyze " + table);
        }
    }

    void drop(String table) {
        jdbc.execute("drop table if exists " + table);
    }
}
