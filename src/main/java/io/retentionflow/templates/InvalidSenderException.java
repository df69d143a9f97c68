package io.retentionflow.templates;

import io.retentionflow.system.InvalidRequestException;
import java.util.Map;

/** A sender default refused, with every problem by field: the page shows each next to its field. */
public class InvalidSenderException extends InvalidRequestException {

    private final Map<String, String> errors;

    InvalidSenderException(Map<String, String> errors) {
        super(errors.keySet().iterator().next(), String.join("; ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
