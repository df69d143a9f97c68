package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.Arm;
import java.util.Map;

/**
 * The funnel of a built recipient list: the target group's members, those left out for want of an
 * email, the control group held out, and per mailed variant its recipients and upload batches.
 * A variant without recipients has no entry.
 */
public record RecipientListCounts(long targetSize, long withoutEmail, long control, Map<Arm, Long> recipients,
        Map<Arm, Integer> batches) {

    public RecipientListCounts {
        recipients = Map.copyOf(recipients);
        batches = Map.copyOf(batches);
    }

    /** Nobody to mail: the process's "empty target group" path. */
    public boolean nobodyToMail() {
        return recipients.values().stream().mapToLong(Long::longValue).sum() == 0;
    }
}
