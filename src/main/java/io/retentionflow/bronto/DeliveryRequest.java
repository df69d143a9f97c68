package io.retentionflow.bronto;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A scheduled send of one message to the contacts of some lists. From and reply-to are not part
 * of a Bronto message, so every delivery carries them. Bronto keeps the start to the second.
 */
public record DeliveryRequest(
        String messageId,
        List<String> listIds,
        OffsetDateTime start,
        String fromEmail,
        String fromName,
        String replyEmail) {

    public DeliveryRequest {
        listIds = List.copyOf(listIds);
    }
}
