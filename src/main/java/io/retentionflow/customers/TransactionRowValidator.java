package io.retentionflow.customers;

import java.time.ZoneId;
import java.util.List;

/** Checks one row of the transaction file on its own; duplicates and unknown customers are found set-based. */
final class TransactionRowValidator {

    static final List<String> REQUIRED_COLUMNS = List.of("transaction_id", "customer_id", "occurred_at", "amount");

    private final CsvHeader header;
    private final ZoneId zone;

    TransactionRowValidator(CsvHeader header, ZoneId zone) {
        this.header = header;
        this.zone = zone;
    }

    TransactionRow validate(List<String> values) throws RowRejectedException {
        Fields fields = new Fields(header, values);
        return new TransactionRow(
                fields.required("transaction_id", 64),
                fields.required("customer_id", 64),
                fields.dateTime("occurred_at", zone),
                fields.amount("amount"));
    }
}
