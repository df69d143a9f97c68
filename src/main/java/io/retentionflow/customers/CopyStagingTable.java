package io.retentionflow.customers;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * PostgreSQL: one {@code COPY … FROM STDIN} stream in text format, the fastest way in (several times faster
 * than batched inserts). Values are escaped as COPY's text format wants; they never become SQL.
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
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                write(values[i]);
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            out.write("\\N");
        } else if (value instanceof BigDecimal amount) {
            out.write(amount.toPlainString());
        } else if (value instanceof String text) {
            writeEscaped(text);
        } else {
            out.write(value.toString()); // numbers, ISO dates and date-times: nothing to escape
        }
    }

    /** COPY text format: backslash, tab, newline and carriage return are the only characters with a meaning. */
    private void writeEscaped(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
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
