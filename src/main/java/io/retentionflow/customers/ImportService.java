package io.retentionflow.customers;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import io.retentionflow.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Imports of the daily files, one at a time per node on a thread of their own: an upload answers at once and the
 * page follows the import's progress. One thread keeps the order files were queued in (customers before the
 * transactions that refer to them) and keeps a node's database load to one import.
 */
@Service
public class ImportService implements DisposableBean {

    /** A file registered and queued; {@code outcome} completes with its final report. */
    public record QueuedImport(ImportReport report, CompletableFuture<ImportReport> outcome) {
    }

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportRunner runner;
    private final ImportRepository reports;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> new Thread(task, "imports"));

    ImportService(ImportRunner runner, ImportRepository reports) {
        this.runner = runner;
        this.reports = reports;
    }

    /**
     * Registers the file and imports it in the background.
     *
     * @param afterwards runs on the import thread with the final report, e.g. to move or delete the file
     */
    public QueuedImport queue(ImportKind kind, ImportSource source, String fileName, Path file,
            Consumer<ImportReport> afterwards) {
        ImportReport registered = runner.register(kind, source, fileName);
        CompletableFuture<ImportReport> outcome = CompletableFuture.supplyAsync(() -> {
            ImportReport report = runner.run(registered, file);
            try {
                afterwards.accept(report);
            } catch (RuntimeException e) {
                log.error("After import {} of {}", report.id(), fileName, e);
            }
            return report;
        }, thread);
        return new QueuedImport(registered, outcome);
    }

    /** Imports the file on the calling thread and returns its final report. */
    public ImportReport importNow(ImportKind kind, ImportSource source, String fileName, Path file) {
        return runner.run(runner.register(kind, source, fileName), file);
    }

    /** Refuses, before anything is queued, a file whose header (or first line) already shows it cannot be imported. */
    public void checkHeader(ImportKind kind, Path file) {
        runner.checkHeader(kind, file);
    }

    public ImportReport report(long id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("There is no import " + id + "."));
    }

    public ResultPage<ImportReport> recent(int page, int size) {
        return reports.recent(page, size);
    }

    public ResultPage<RowIssue> issues(long id, int page, int size) {
        report(id);
        return reports.issues(id, page, size);
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
