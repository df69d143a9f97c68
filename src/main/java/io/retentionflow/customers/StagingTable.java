package io.retentionflow.customers;

/**
 * Rows on their way into a connection-private temporary table, written as fast as the database takes them.
 * Values are Long, String, LocalDate, OffsetDateTime, BigDecimal or null, in the order of the columns the
 * table was opened with.
 */
interface StagingTable extends AutoCloseable {

    void add(Object... values);

    /** Sends what is still buffered; the rows are in the table afterwards. */
    @Override
    void close();
}
