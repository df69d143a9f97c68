package io.retentionflow.bronto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A contact as Bronto holds it. {@code status} is Bronto's (active, onboarding, transactional,
 * bounce, unconfirmed, unsub); {@code fields} maps field ids to content.
 */
public record BrontoContact(
        String id,
        String email,
        String status,
        Map<String, String> fields,
        List<String> listIds,
        OffsetDateTime created,
        OffsetDateTime modified) {

    /** Bronto sends to active, onboarding and unconfirmed contacts; it skips the rest. */
    public boolean canReceiveBulkEmail() {
        return "active".equals(status) || "onboarding".equals(status) || "unconfirmed".equals(status);
    }
}
