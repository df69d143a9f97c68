package io.retentionflow.customers;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a file reached the product. */
public enum ImportSource {
    UPLOAD,
    DROP_FOLDER,
    DEMO;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ImportSource fromWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
