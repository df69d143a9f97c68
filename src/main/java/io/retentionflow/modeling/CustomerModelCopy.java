package io.retentionflow.modeling;

import io.retentionflow.system.CopyText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * Writes {@code customer_model} rows by PostgreSQL's {@code COPY … FROM STDIN} in text format ({@link CopyText}).
 * One COPY per call, not one for the whole refresh: the rows are computed while the purchases are still being read on
 * the same connection, which cannot fetch while a COPY is open. Doubles go as {@link Double#toString}, which reads back to the same
 * double, so the stored values are those a JDBC batch would store.
 */
final class CustomerModelCopy {

    private static final String COPY = "copy customer_model (" + CustomerModelWriter.COLUMNS + ") from stdin";

    private final CopyManager copy;
    private final StringBuilder text = new StringBuilder(1 << 20);

    CustomerModelCopy(CopyManager copy) {
        this.copy = copy;
    }

    /** @param rows values in the order of {@link CustomerModelWriter#COLUMNS} */
    void write(List<Object[]> rows) {
        text.setLength(0);
        try {
            for (Object[] row : rows) {
                CopyText.appendRow(text, row);
            }
            copy.copyIn(COPY, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException e) {
            throw new UncategorizedSQLException("copying customer_model rows", COPY, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
