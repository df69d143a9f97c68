package io.retentionflow.system;

/** Something asked for by id that does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
