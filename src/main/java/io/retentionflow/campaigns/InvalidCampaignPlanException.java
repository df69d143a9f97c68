package io.retentionflow.campaigns;

import io.retentionflow.system.InvalidRequestException;
import java.util.Map;

/**
 * A campaign plan refused, with every problem by field so the form shows each message next to its
 * field; the API answers with the first field and all messages.
 */
public class InvalidCampaignPlanException extends InvalidRequestException {

    private final Map<String, String> errors;

    public InvalidCampaignPlanException(Map<String, String> errors) {
        super(errors.keySet().iterator().next(), String.join("; ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
