package io.retentionflow.customers;

/** A file that cannot be imported at all (no header, a missing column, not UTF-8, not CSV), with a message for its sender. */
public class FileRefusedException extends RuntimeException {

    public FileRefusedException(String message) {
        super(message);
    }
}
