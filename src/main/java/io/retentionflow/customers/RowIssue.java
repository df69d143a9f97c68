package io.retentionflow.customers;

/**
 * A row of a file that was rejected, or kept with a warning (a customer whose email was invalid).
 *
 * @param row    1 is the first row after the header; blank rows count, so the number matches a spreadsheet's
 *               row number minus one
 * @param kept   true when the row was imported anyway
 */
public record RowIssue(long row, String reason, boolean kept) {
}
