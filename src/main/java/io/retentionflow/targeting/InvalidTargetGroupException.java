package io.retentionflow.targeting;

import io.retentionflow.system.InvalidRequestException;
import java.util.Map;

/**
 * A target group refused, with every problem by field so a page can show each message next to
 * its field; the API answers with the first field and all messages.
 */
public class InvalidTargetGroupException extends InvalidRequestException {

    private final Map<String, String> errors;

    public InvalidTargetGroupException(Map<String, String> errors) {
        super(errors.keySet().iterator().next(), String.join("; ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
