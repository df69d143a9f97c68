package io.retentionflow.customers;

import java.time.Instant;

/**
 * What happened to one file. {@code rowsRead} grows while the import runs; the other counts are set when it
 * completes, and then {@code rowsRead = imported + unchanged + rejected}.
 *
 * @param imported              rows written: new customers or transactions, and customers whose data changed
 * @param updated               of those, customers that existed and changed (always 0 for transactions)
 * @param unchanged             rows identical to what was already stored (a file imported twice)
 * @param rejected              rows not imported; each is listed with its row number and reason
 * @param customersWithoutEmail customers kept without an email (none or an invalid one): never targeted
 */
public record ImportReport(
        long id,
        ImportKind kind,
        ImportSource source,
        String fileName,
        ImportStatus status,
        Instant receivedAt,
        Instant startedAt,
        Instant finishedAt,
        long rowsRead,
        long imported,
        long updated,
        long unchanged,
        long rejected,
        long customersWithoutEmail,
        String message) {
}
