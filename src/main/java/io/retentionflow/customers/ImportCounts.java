package io.retentionflow.customers;

/** The outcome of a completed import; see {@link ImportReport} for what each count means. */
record ImportCounts(long rowsRead, long imported, long updated, long unchanged, long rejected, long customersWithoutEmail) {
}
