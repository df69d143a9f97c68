package io.retentionflow.templates;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an effective sender field comes from, highest precedence first. */
public enum SenderSource {
    CAMPAIGN("campaign"), TEMPLATE("template"), GLOBAL("global default"), SETTING("setting");

    private final String label;

    SenderSource(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
