package io.retentionflow.customers;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A valid row of the transaction file; whether its customer exists is checked later, against the database. */
record TransactionRow(String id, String customerId, OffsetDateTime occurredAt, BigDecimal amount) {
}
