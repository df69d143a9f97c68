package io.retentionflow.process;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.campaigns.Arm;
import io.retentionflow.campaigns.execution.RecipientListCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * One upload batch as the multi-instance upload carries it: variant, number and size, written as
 * {@code A:3:5000} so the process holds a short string per batch, never the recipients.
 */
record UploadBatch(Arm variant, int number, int contacts) {

    static List<String> allOf(RecipientListCounts counts) {
        List<String> batches = new ArrayList<>();
        for (Arm variant : List.of(Arm.A, Arm.B)) {
            long recipients = counts.recipients().getOrDefault(variant, 0L);
            int count = counts.batches().getOrDefault(variant, 0);
            for (int number = 1; number <= count; number++) {
                long before = (long) (number - 1) * BrontoGateway.MAX_OBJECTS_PER_CALL;
                int size = (int) Math.min(BrontoGateway.MAX_OBJECTS_PER_CALL, recipients - before);
                batches.add(new UploadBatch(variant, number, size).toString());
            }
        }
        return batches;
    }

    static UploadBatch parse(String text) {
        String[] parts = text.split(":");
        return new UploadBatch(Arm.valueOf(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    @Override
    public String toString() {
        return variant + ":" + number + ":" + contacts;
    }
}
