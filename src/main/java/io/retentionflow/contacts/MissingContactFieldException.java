package io.retentionflow.contacts;

/** A configured name field the Bronto account does not have; the sync stops until the setting or the account is fixed. */
public class MissingContactFieldException extends RuntimeException {

    MissingContactFieldException(String message) {
        super(message);
    }
}
