package io.retentionflow.targeting;

import java.time.OffsetDateTime;

/** A saved target group; {@code ruleJson} is valid rule text (it was parsed before it was stored). */
public record TargetGroup(long id, String name, String description, String ruleJson, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
