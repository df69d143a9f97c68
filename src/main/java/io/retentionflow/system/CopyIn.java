package io.retentionflow.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows written into a table by PostgreSQL's {@code COPY … FROM STDIN} ({@link CopyText}) on the current transaction's
 * connection: as a JDBC batch, PostgreSQL plans and runs every row as a statement of its own, several times slower at a
 * million rows. One COPY per {@link #write}, not one for all: the rows are often computed while a query is still being
 * read on the same connection, which cannot fetch while a COPY is open.
 */
public final class CopyIn {

    private final CopyManager copy;
    private final String sql;
    private final StringBuilder text = new StringBuilder(1 << 16);

    private CopyIn(CopyManager copy, String table, String columns) {
        this.copy = copy;
        this.sql = "copy " + table + " (" + columns + ") from stdin";
    }

    /** A COPY into {@code table} on the transaction's connection; empty where the database is not PostgreSQL. */
    public static Optional<CopyIn> into(DataSource dataSource, String table, String columns) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.isWrapperFor(PGConnection.class)
                    ? Optional.of(new CopyIn(connection.unwrap(PGConnection.class).getCopyAPI(), table, columns))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new UncategorizedSQLException("opening a COPY into " + table, null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** @param rows values in the order of the columns */
    public void write(List<Object[]> rows) {
        text.setLength(0);
        try {
            for (Object[] row : rows) {
                CopyText.appendRow(text, row);
            }
            copy.copyIn(sql, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException e) {
            throw new UncategorizedSQLException("copying rows", sql, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
