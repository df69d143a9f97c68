package io.retentionflow.customers;

/**
 * One row that cannot be imported, with the reason for the report. Thrown once per bad row, so it carries no
 * stack trace: a file of a million bad rows must not cost a million stack walks.
 */
class RowRejectedException extends Exception {

    RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
