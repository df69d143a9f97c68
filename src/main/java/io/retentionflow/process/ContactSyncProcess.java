package io.retentionflow.process;

/** The names {@code bpmn/contact-sync.bpmn} and its code share. */
public final class ContactSyncProcess {

    public static final String PROCESS_ID = "contactSync";

    /** Element ids, as in the model. */
    public static final class Elements {
        public static final String SYNC_CONTACT_BATCH = "serviceTask_syncContactBatch";
        /** The nightly run's call of this process, and the timer that stops waiting for it. */
        public static final String NIGHTLY_SYNC_CONTACTS = "callActivity_syncContacts";
        public static final String NIGHTLY_SYNC_TOO_LONG = "timer_syncTooLong";

        private Elements() {}
    }

    /** Process variables. */
    public static final class Variables {
        /** nightly (the nightly run's call) or on_demand. */
        public static final String REQUESTED_BY = "contactSyncRequestedBy";
        public static final String SYNC_ID = "contactSyncId";
        /** The batches, each written {@code number:customers}. */
        public static final String BATCHES = "contactSyncBatches";
        public static final String BATCH = "contactSyncBatch";
        /** Local to a batch (the subprocess's input): when it may go, and its reservation in the account's pace. */
        public static final String SYNC_AT = "contactSyncAt";
        public static final String RESERVATION = "contactSyncReservation";
        /** What the sync came to, in a sentence, for Cockpit. */
        public static final String SUMMARY = "contactSyncSummary";

        private Variables() {}
    }

    /** The error the batch throws when the account's minute is still full: the batch waits on the timer again. */
    static final String SLOT_MOVED = "syncSlotMoved";

    private ContactSyncProcess() {}
}
