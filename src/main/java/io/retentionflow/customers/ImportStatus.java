package io.retentionflow.customers;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an import stands. {@code refused}: the file as a whole was not acceptable (header, encoding,
 * not CSV) and nothing of it was imported; {@code failed}: the product could not finish it (a bug or the
 * database), nothing of it was imported either.
 */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    REFUSED,
    FAILED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }

    static ImportStatus fromWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
