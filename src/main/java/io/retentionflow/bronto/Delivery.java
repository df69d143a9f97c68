package io.retentionflow.bronto;

import java.time.OffsetDateTime;
import java.util.List;

/** A Bronto delivery with its metrics as of the read. */
public record Delivery(
        String id,
        String messageId,
        OffsetDateTime start,
        DeliveryStatus status,
        List<String> listIds,
        DeliveryMetrics metrics) {

    public Delivery {
        listIds = List.copyOf(listIds);
    }
}
