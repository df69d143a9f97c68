package io.retentionflow.customers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.retentionflow.system.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file sent through the upload endpoint or page. The request's own copy of the upload disappears when the
 * request ends, so the file is first copied (streamed, never held in memory) to a file of its own that the
 * background import reads and then deletes.
 */
@Component
class UploadImport {

    static final String FIELD = "file";

    private static final Logger log = LoggerFactory.getLogger(UploadImport.class);

    private final ImportService imports;

    UploadImport(ImportService imports) {
        this.imports = imports;
    }

    /** @throws InvalidRequestException (field {@code file}) for no file, an empty one, or one whose header is unusable */
    ImportReport accept(ImportKind kind, MultipartFile upload) {
        if (upload == null || upload.isEmpty() && !StringUtils.hasText(upload.getOriginalFilename())) {
            throw new InvalidRequestException(FIELD, "Choose a file to upload.");
        }
        if (upload.isEmpty()) {
            throw new InvalidRequestException(FIELD, "The file is empty: it needs a header row and a row per record.");
        }
        Path copy = copyOf(upload);
        try {
            imports.checkHeader(kind, copy);
        } catch (FileRefusedException e) {
            delete(copy);
            throw new InvalidRequestException(FIELD, e.getMessage());
        }
        return imports.queue(kind, ImportSource.UPLOAD, upload.getOriginalFilename(), copy, report -> delete(copy)).report();
    }

    private static Path copyOf(MultipartFile upload) {
        try {
            Path copy = Files.createTempFile("retention-flow-upload-", ".csv");
            upload.transferTo(copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded file", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}", file, e);
        }
    }
}
