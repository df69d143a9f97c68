package io.retentionflow.customers;

import java.util.List;
import java.util.function.LongConsumer;

/** Imports one kind of file: stage its rows, apply them set-based, record the outcome. */
interface FileImporter {

    ImportKind kind();

    List<String> requiredColumns();

    /**
     * Runs inside the import's transaction, which it leaves with the report completed: either all of it is
     * committed or none.
     *
     * @param progress told the number of rows read so far, often
     */
    ImportCounts importRows(long importId, CsvRows rows, LongConsumer progress);
}
