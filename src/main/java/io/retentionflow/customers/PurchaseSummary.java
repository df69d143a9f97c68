package io.retentionflow.customers;

import java.math.BigDecimal;
import java.time.Instant;

/** A customer's imported transactions in figures; first and last are null when there are none. */
public record PurchaseSummary(long count, BigDecimal total, Instant first, Instant last) {
}
