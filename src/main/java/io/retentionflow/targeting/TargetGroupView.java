package io.retentionflow.targeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;

/** A target group as the API shows it, the rule as a JSON object. */
public record TargetGroupView(long id, String name, String description, JsonNode rule, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static TargetGroupView of(TargetGroup group, ObjectMapper json) {
        try {
            return new TargetGroupView(group.id(), group.name(), group.description(), json.readTree(group.ruleJson()),
                    group.createdAt(), group.updatedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("target group " + group.id() + " holds a rule that is not JSON", e);
        }
    }
}
