package io.retentionflow.customers;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which of the two daily files an import reads. */
public enum ImportKind {
    CUSTOMERS,
    TRANSACTIONS;

    /** As stored in {@code data_import.kind}, shown in JSON and used in paths. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ImportKind fromWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
