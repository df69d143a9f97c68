package io.retentionflow.customers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import on the calling thread: status {@code running}, the file's rows in one transaction, then
 * {@code completed}, {@code refused} or {@code failed}. The report's housekeeping (status, progress) is committed
 * on its own, so the page sees progress and a failed import still says why; the data and the final counts are
 * committed together or not at all.
 */
@Component
class ImportRunner {

    /** Often enough for a progress bar, rare enough to cost nothing next to the rows. */
    static final int PROGRESS_EVERY = 20_000;

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final Map<ImportKind, FileImporter> importers;
    private final ImportRepository reports;
    private final TransactionTemplate ownTransaction;

    ImportRunner(List<FileImporter> importers, ImportRepository reports, PlatformTransactionManager transactions) {
        this.importers = importers.stream().collect(Collectors.toUnmodifiableMap(FileImporter::kind, Function.identity()));
        this.reports = reports;
        // REQUIRES_NEW: a caller's transaction (the demo loader holds a lock in one) never swallows the import's
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a file as waiting to be imported. */
    ImportReport register(ImportKind kind, ImportSource source, String fileName) {
        return ownTransaction.execute(status -> reports.create(kind, source, fileName));
    }

    /** Reads just the header: refuses a file that cannot be imported at all before it is queued. */
    void checkHeader(ImportKind kind, Path file) {
        try (InputStream in = Files.newInputStream(file);
             CsvRows ignored = CsvRows.open(in, importers.get(kind).requiredColumns())) {
            // the header was checked when opening
        } catch (IOException e) {
            throw new FileRefusedException("The file cannot be read: " + e.getMessage());
        }
    }

    ImportReport run(ImportReport registered, Path file) {
        long id = registered.id();
        FileImporter importer = importers.get(registered.kind());
        ownTransaction.executeWithoutResult(status -> reports.markRunning(id));
        try (InputStream in = Files.newInputStream(file)) {
            ownTransaction.executeWithoutResult(status -> {
                try (CsvRows rows = CsvRows.open(in, importer.requiredColumns())) {
                    importer.importRows(id, rows, progressOf(id));
                }
            });
        } catch (FileRefusedException e) {
            finish(id, ImportStatus.REFUSED, e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error("Import {} of {} failed", id, registered.fileName(), e);
            String cause = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
            finish(id, ImportStatus.FAILED, "The import failed and nothing of the file was imported: " + cause);
        }
        ImportReport report = reports.find(id).orElseThrow();
        log.info("Import {} of {} ({}): {}, {} rows read, {} imported, {} unchanged, {} rejected", id,
                report.fileName(), report.kind().wireName(), report.status().wireName(), report.rowsRead(),
                report.imported(), report.unchanged(), report.rejected());
        return report;
    }

    private LongConsumer progressOf(long id) {
        return rowsRead -> {
            if (rowsRead % PROGRESS_EVERY == 0) {
                ownTransaction.executeWithoutResult(status -> reports.progress(id, rowsRead));
            }
        };
    }

    private void finish(long id, ImportStatus status, String message) {
        ownTransaction.executeWithoutResult(tx -> reports.finishUnsuccessfully(id, status, message));
    }
}
