package io.retentionflow.targeting;

import com.fasterxml.jackson.databind.JsonNode;

/** A target group as the API receives it: the rule as a JSON object (or as JSON text in a string). */
public record TargetGroupRequest(String name, String description, JsonNode rule) {

    TargetGroupDraft toDraft() {
        return new TargetGroupDraft(name, description, ruleText(rule));
    }

    static String ruleText(JsonNode rule) {
        if (rule == null || rule.isNull()) {
            return null;
        }
        return rule.isTextual() ? rule.asText() : rule.toString();
    }
}
