package io.retentionflow.process;

import io.retentionflow.contacts.ContactSyncs;
import java.util.List;

/** One batch of a contact sync as the multi-instance carries it: {@code 3:5000}, its number and size. */
record SyncBatch(int number, int customers) {

    static List<String> allOf(ContactSyncs.Plan plan) {
        return plan.batches().stream().map(batch -> new SyncBatch(batch.number(), batch.customers()).toString()).toList();
    }

    static SyncBatch parse(String text) {
        String[] parts = text.split(":");
        return new SyncBatch(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    @Override
    public String toString() {
        return number + ":" + customers;
    }
}
