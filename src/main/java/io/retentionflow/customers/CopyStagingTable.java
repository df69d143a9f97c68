package io.retentionflow.customers;

import io.retentionflow.system.CopyText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * PostgreSQL: one {@code COPY … FROM STDIN} stream in text format ({@link CopyText}), the fastest way in (several
 * times faster than batched inserts).
 */
final class CopyStagingTable implements StagingTable {

    private final Writer out;

    CopyStagingTable(PGConnection connection, String table, List<String> columns) throws SQLException {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        this.out = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(connection, sql, 256 * 1024), StandardCharsets.UTF_8), 256 * 1024);
    }

    @Override
    public void add(Object... values) {
        try {
            CopyText.appendRow(out, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close(); // ends the COPY; the server reports a bad row here
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
