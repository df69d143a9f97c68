package io.retentionflow.customers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.UncategorizedSQLException;

/** Any other database (H2): batched inserts with bound parameters. */
final class BatchStagingTable implements StagingTable {

    private static final int BATCH_SIZE = 2_000;

    private final PreparedStatement insert;
    private int pending;

    BatchStagingTable(Connection connection, String table, List<String> columns) throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        this.insert = connection.prepareStatement(sql);
    }

    @Override
    public void add(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.addBatch();
            if (++pending == BATCH_SIZE) {
                flush();
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("staging a row", null, e);
        }
    }

    private void flush() throws SQLException {
        insert.executeBatch();
        pending = 0;
    }

    @Override
    public void close() {
        try (insert) {
            if (pending > 0) {
                flush();
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("staging rows", null, e);
        }
    }
}
