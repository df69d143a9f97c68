package io.retentionflow.customers;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import API. An upload answers 202 with the queued report and its URL in {@code Location}; the import runs in
 * the background and {@code GET /api/imports/{id}} shows it grow until its status is completed, refused or failed.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final UploadImport uploads;
    private final DropFolderImport dropFolder;
    private final ImportService imports;

    ImportController(UploadImport uploads, DropFolderImport dropFolder, ImportService imports) {
        this.uploads = uploads;
        this.dropFolder = dropFolder;
        this.imports = imports;
    }

    @PostMapping("/customers")
    ResponseEntity<ImportReport> uploadCustomers(@RequestParam(UploadImport.FIELD) MultipartFile file) {
        return accepted(uploads.accept(ImportKind.CUSTOMERS, file));
    }

    @PostMapping("/transactions")
    ResponseEntity<ImportReport> uploadTransactions(@RequestParam(UploadImport.FIELD) MultipartFile file) {
        return accepted(uploads.accept(ImportKind.TRANSACTIONS, file));
    }

    /** Queues every file waiting in the drop folder; an empty list when there is none. */
    @PostMapping("/drop-folder")
    ResponseEntity<List<ImportReport>> readDropFolder() {
        List<ImportReport> queued = dropFolder.queueWaitingFiles().stream().map(ImportService.QueuedImport::report).toList();
        return ResponseEntity.accepted().body(queued);
    }

    @GetMapping
    ResultPage<ImportReport> recent(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageParameters paging = new PageParameters(page, size);
        return imports.recent(paging.page(), paging.size());
    }

    @GetMapping("/{id}")
    ImportReport report(@PathVariable long id) {
        return imports.report(id);
    }

    /** The rejected rows (and customers kept without their invalid email), by row number. */
    @GetMapping("/{id}/rejections")
    ResultPage<RowIssue> rejections(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageParameters paging = new PageParameters(page, size);
        return imports.issues(id, paging.page(), paging.size());
    }

    private static ResponseEntity<ImportReport> accepted(ImportReport report) {
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + report.id())).body(report);
    }
}
