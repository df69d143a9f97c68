package io.retentionflow.customers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Files left in the drop folder ({@code imports.drop-folder}): {@code customers*.csv} and {@code transactions*.csv},
 * customers first, each kind by name. A file is claimed by moving it into {@code processing/} (an atomic rename:
 * when nodes share the folder, exactly one gets it), then moved to {@code processed/} or {@code failed/} as
 * {@code <import id>-<name>}. Senders should write a file elsewhere and move it in when complete.
 */
@Component
public class DropFolderImport {

    private static final Logger log = LoggerFactory.getLogger(DropFolderImport.class);

    private final ImportService imports;
    private final Path folder;

    DropFolderImport(ImportService imports, ImportProperties properties) {
        this.imports = imports;
        this.folder = properties.dropFolder();
    }

    /** Imports every waiting file and returns when all are done: the step the nightly run calls before scoring. */
    public List<ImportReport> importWaitingFiles() {
        return queueWaitingFiles().stream().map(queued -> queued.outcome().join()).toList();
    }

    /** Claims every waiting file and queues it; returns at once with the queued reports. */
    public List<ImportService.QueuedImport> queueWaitingFiles() {
        List<ImportService.QueuedImport> queued = new ArrayList<>();
        for (Path file : waitingFiles()) {
            ImportKind kind = kindOf(file).orElseThrow();
            String name = file.getFileName().toString();
            claim(file).ifPresent(claimed ->
                    queued.add(imports.queue(kind, ImportSource.DROP_FOLDER, name, claimed, report -> file(claimed, name, report))));
        }
        return queued;
    }

    /** The folder the files are read from, as configured. */
    public Path folder() {
        return folder;
    }

    private List<Path> waitingFiles() {
        try {
            Files.createDirectories(folder);
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    if (Files.isRegularFile(entry) && kindOf(entry).isPresent()) {
                        files.add(entry);
                    }
                }
            }
            files.sort(Comparator.comparing((Path file) -> kindOf(file).orElseThrow())
                    .thenComparing(file -> file.getFileName().toString()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the drop folder " + folder, e);
        }
    }

    static Optional<ImportKind> kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv")) {
            return Optional.empty();
        }
        if (name.startsWith("customers")) {
            return Optional.of(ImportKind.CUSTOMERS);
        }
        return name.startsWith("transactions") ? Optional.of(ImportKind.TRANSACTIONS) : Optional.empty();
    }

    /** Empty when another node claimed the file first. */
    private Optional<Path> claim(Path file) {
        try {
            Path processing = Files.createDirectories(folder.resolve("processing"));
            Path claimed = processing.resolve(UUID.randomUUID() + "-" + file.getFileName());
            return Optional.of(Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim " + file, e);
        }
    }

    private void file(Path claimed, String name, ImportReport report) {
        String subfolder = report.status() == ImportStatus.COMPLETED ? "processed" : "failed";
        try {
            Path target = Files.createDirectories(folder.resolve(subfolder)).resolve(report.id() + "-" + name);
            Files.move(claimed, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.error("Import {} is {}, but {} cannot be moved to {}/", report.id(), report.status().wireName(), claimed,
                    subfolder, e);
        }
    }
}
