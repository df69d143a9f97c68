package io.retentionflow.customers;

import java.util.List;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The transaction file. Rows are checked one by one in Java while streaming into a staging table; what needs the
 * whole file or the database (duplicates within the file, unknown customers, transactions already imported) is
 * decided in a few set-based statements. A transaction is identified by its id: importing a file twice changes
 * nothing, and the same id with other values is rejected rather than silently overwriting history.
 */
@Component
class TransactionFileImporter implements FileImporter {

    static final String STAGE = "transaction_stage";

    private static final List<String> STAGE_DEFINITION = List.of(
            "row_no bigint not null", "reason varchar(1000)", "id varchar(64)", "customer_id varchar(64)",
            "occurred_at timestamp with time zone", "amount numeric(14, 2)");
    private static final List<String> STAGE_COLUMNS =
            List.of("row_no", "reason", "id", "customer_id", "occurred_at", "amount");

    /** A staged row not yet rejected by an earlier step; each step gives a row at most one reason. */
    private static final String NOT_REJECTED = """
            not exists (select 1 from data_import_rejection r where r.import_id = :importId and r.row_no = s.row_no)""";

    private final Staging staging;
    private final ImportLocks locks;
    private final ImportRepository reports;
    private final JdbcClient jdbc;
    private final ImportProperties properties;
    private final BulkLoadIndexes bulkLoad;

    TransactionFileImporter(Staging staging, ImportLocks locks, ImportRepository reports, JdbcClient jdbc,
            ImportProperties properties, BulkLoadIndexes bulkLoad) {
        this.staging = staging;
        this.locks = locks;
        this.reports = reports;
        this.jdbc = jdbc;
        this.properties = properties;
        this.bulkLoad = bulkLoad;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.TRANSACTIONS;
    }

    @Override
    public List<String> requiredColumns() {
        return TransactionRowValidator.REQUIRED_COLUMNS;
    }

    @Override
    public ImportCounts importRows(long importId, CsvRows rows, LongConsumer progress) {
        staging.create(STAGE, STAGE_DEFINITION);
        long read = stage(rows, progress);
        staging.analyze(STAGE);
        staging.allowMemoryForSetOperations();
        locks.lock(ImportLocks.APPLY);

        update(importId, """
                insert into data_import_rejection (import_id, row_no, reason)
                select :importId, s.row_no, s.reason from transaction_stage s where s.reason is not null""");
        update(importId, """
                insert into data_import_rejection (import_id, row_no, reason)
                select :importId, d.row_no,
                       'duplicate transaction_id ''' || d.id || ''' (first in row ' || cast(d.first_row as varchar(20)) || ')'
                from (select s.row_no, s.id, min(s.row_no) over (partition by s.id) as first_row
                      from transaction_stage s where s.reason is null) d
                where d.row_no > d.first_row""");
        update(importId, """
                insert into data_import_rejection (import_id, row_no, reason)
                select :importId, s.row_no, 'unknown customer_id ''' || s.customer_id || ''''
                from transaction_stage s
                where s.reason is null and not exists (select 1 from customer c where c.id = s.customer_id)
                  and %s""".formatted(NOT_REJECTED));
        update(importId, """
                insert into data_import_rejection (import_id, row_no, reason)
                select :importId, s.row_no,
                       'transaction_id ''' || s.id || ''' was imported before with another customer, time or amount'
                from transaction_stage s join customer_transaction t on t.id = s.id
                where s.reason is null
                  and (t.customer_id <> s.customer_id or t.occurred_at <> s.occurred_at or t.amount <> s.amount)
                  and %s""".formatted(NOT_REJECTED));
        // what is left and already stored is identical: the conflicting ones were rejected just before
        long unchanged = jdbc.sql("""
                select count(*) from transaction_stage s join customer_transaction t on t.id = s.id
                where s.reason is null and %s""".formatted(NOT_REJECTED))
                .param("importId", importId).query(Long.class).single();
        long imported = bulkLoad.load("customer_transaction", read, () -> update(importId, """
                insert into customer_transaction (id, customer_id, occurred_at, amount, import_id)
                select s.id, s.customer_id, s.occurred_at, s.amount, :importId
                from transaction_stage s
                where s.reason is null and not exists (select 1 from customer_transaction t where t.id = s.id)
                  and %s""".formatted(NOT_REJECTED)));
        long rejected = jdbc.sql("select count(*) from data_import_rejection where import_id = :importId")
                .param("importId", importId).query(Long.class).single();

        ImportCounts counts = new ImportCounts(read, imported, 0, unchanged, rejected, 0);
        reports.complete(importId, counts);
        staging.drop(STAGE);
        return counts;
    }

    private long stage(CsvRows rows, LongConsumer progress) {
        TransactionRowValidator validator = new TransactionRowValidator(rows.header(), properties.timeZone());
        long read = 0;
        try (StagingTable table = staging.open(STAGE, STAGE_COLUMNS)) {
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                try {
                    TransactionRow valid = validator.validate(row.values());
                    table.add(row.number(), null, valid.id(), valid.customerId(), valid.occurredAt(), valid.amount());
                } catch (RowRejectedException e) {
                    table.add(row.number(), e.getMessage(), null, null, null, null);
                }
                progress.accept(++read);
            }
        }
        return read;
    }

    private int update(long importId, String sql) {
        return jdbc.sql(sql).param("importId", importId).update();
    }
}
