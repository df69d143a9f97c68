package io.retentionflow.customers;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer file: customers are upserted by id. Each valid row is classified against what is stored (new,
 * changed or the same, attributes included), and only new and changed customers are written, so a file imported
 * twice changes nothing and says so. The file's further columns become attributes; an attribute the file leaves
 * empty is removed, one the file has no column for is left alone.
 */
@Component
class CustomerFileImporter implements FileImporter {

    static final String STAGE = "customer_stage";
    /** new | changed | same, per valid row; a table because four later statements read it. */
    static final String OUTCOME = "customer_outcome";

    private static final List<String> STAGE_DEFINITION = List.of(
            "row_no bigint not null", "reason varchar(1000)", "note varchar(1000)", "id varchar(64)",
            "email varchar(254)", "first_name varchar(100)", "last_name varchar(100)", "signup_date date",
            "country varchar(64)");
    private static final List<String> STAGE_COLUMNS = List.of(
            "row_no", "reason", "note", "id", "email", "first_name", "last_name", "signup_date", "country");
    private static final List<String> OUTCOME_DEFINITION =
            List.of("row_no bigint primary key", "id varchar(64) not null", "outcome varchar(10) not null");

    private static final String NOT_REJECTED = """
            not exists (select 1 from data_import_rejection r where r.import_id = :importId and r.row_no = s.row_no)""";

    private final Staging staging;
    private final ImportLocks locks;
    private final ImportRepository reports;
    private final JdbcClient jdbc;

    CustomerFileImporter(Staging staging, ImportLocks locks, ImportRepository reports, JdbcClient jdbc) {
        this.staging = staging;
        this.locks = locks;
        this.reports = reports;
        this.jdbc = jdbc;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CUSTOMERS;
    }

    @Override
    public List<String> requiredColumns() {
        return CustomerRowValidator.REQUIRED_COLUMNS;
    }

    @Override
    public ImportCounts importRows(long importId, CsvRows rows, LongConsumer progress) {
        CustomerRowValidator validator = new CustomerRowValidator(rows.header());
        List<String> attributes = validator.attributeNames();
        // attribute columns are a1 … an, named here, never after the file's headers
        List<String> attributeColumns = IntStream.rangeClosed(1, attributes.size()).mapToObj(i -> "a" + i).toList();
        List<String> definition = new ArrayList<>(STAGE_DEFINITION);
        attributeColumns.forEach(column -> definition.add(column + " varchar(" + CustomerRowValidator.MAX_ATTRIBUTE_LENGTH + ")"));
        List<String> columns = new ArrayList<>(STAGE_COLUMNS);
        columns.addAll(attributeColumns);
        staging.create(STAGE, definition);
        staging.create(OUTCOME, OUTCOME_DEFINITION);

        long read = stage(rows, validator, columns, progress);
        staging.analyze(STAGE);
        staging.allowMemoryForSetOperations();
        locks.lock(ImportLocks.APPLY);

        update(importId, """
                insert into data_import_rejection (import_id, row_no, reason)
                select :importId, s.row_no, s.reason from customer_stage s where s.reason is not null""");
        update(importId, """
                insert into data_import_rejection (import_id, row_no, reason)
                select :importId, d.row_no,
                       'duplicate customer_id ''' || d.id || ''' (first in row ' || cast(d.first_row as varchar(20)) || ')'
                from (select s.row_no, s.id, min(s.row_no) over (partition by s.id) as first_row
                      from customer_stage s where s.reason is null) d
                where d.row_no > d.first_row""");
        classify(importId, attributes);
        staging.analyze(OUTCOME);
        update(importId, """
                insert into data_import_rejection (import_id, row_no, reason, row_kept)
                select :importId, s.row_no, s.note, true
                from customer_stage s join customer_outcome o on o.row_no = s.row_no where s.note is not null""");
        upsert(attributes);

        long inserted = countOutcome("new");
        long updated = countOutcome("changed");
        long unchanged = countOutcome("same");
        long rejected = jdbc.sql("select count(*) from data_import_rejection where import_id = :importId and row_kept = false")
                .param("importId", importId).query(Long.class).single();
        long withoutEmail = jdbc.sql("""
                select count(*) from customer_stage s join customer_outcome o on o.row_no = s.row_no where s.email is null""")
                .query(Long.class).single();

        ImportCounts counts = new ImportCounts(read, inserted + updated, updated, unchanged, rejected, withoutEmail);
        reports.complete(importId, counts);
        staging.drop(OUTCOME);
        staging.drop(STAGE);
        return counts;
    }

    private long stage(CsvRows rows, CustomerRowValidator validator, List<String> columns, LongConsumer progress) {
        long read = 0;
        try (StagingTable table = staging.open(STAGE, columns)) {
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                Object[] values = new Object[columns.size()];
                values[0] = row.number();
                try {
                    CustomerRow valid = validator.validate(row.values());
                    values[2] = valid.emailIssue();
                    values[3] = valid.id();
                    values[4] = valid.email();
                    values[5] = valid.firstName();
                    values[6] = valid.lastName();
                    values[7] = valid.signupDate();
                    values[8] = valid.country();
                    for (int i = 0; i < valid.attributes().size(); i++) {
                        values[STAGE_COLUMNS.size() + i] = valid.attributes().get(i);
                    }
                } catch (RowRejectedException e) {
                    values[1] = e.getMessage();
                }
                table.add(values);
                progress.accept(++read);
            }
        }
        return read;
    }

    /** Fills customer_outcome: each valid row is new, changed (any field or attribute of the file differs) or the same. */
    private void classify(long importId, List<String> attributes) {
        StringBuilder joins = new StringBuilder();
        StringBuilder same = new StringBuilder("""
                c.email is not distinct from s.email and c.first_name is not distinct from s.first_name
                and c.last_name is not distinct from s.last_name and c.signup_date is not distinct from s.signup_date
                and c.country is not distinct from s.country""");
        for (int i = 1; i <= attributes.size(); i++) {
            joins.append(" left join customer_attribute x%1$d on x%1$d.customer_id = s.id and x%1$d.attribute_name = :name%1$d"
                    .formatted(i));
            same.append(" and s.a%1$d is not distinct from x%1$d.attribute_value".formatted(i));
        }
        var statement = jdbc.sql("""
                insert into customer_outcome (row_no, id, outcome)
                select s.row_no, s.id, case when c.id is null then 'new' when %s then 'same' else 'changed' end
                from customer_stage s left join customer c on c.id = s.id %s
                where s.reason is null and %s""".formatted(same, joins, NOT_REJECTED))
                .param("importId", importId);
        for (int i = 1; i <= attributes.size(); i++) {
            statement = statement.param("name" + i, attributes.get(i - 1));
        }
        statement.update();
    }

    /** Writes new and changed customers; their attributes of this file's columns are replaced. */
    private void upsert(List<String> attributes) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                merge into customer c
                using (select s.id, s.email, s.first_name, s.last_name, s.signup_date, s.country
                       from customer_stage s join customer_outcome o on o.row_no = s.row_no
                       where o.outcome <> 'same') s
                on (c.id = s.id)
                when matched then update set email = s.email, first_name = s.first_name, last_name = s.last_name,
                     signup_date = s.signup_date, country = s.country, updated_at = :now
                when not matched then insert (id, email, first_name, last_name, signup_date, country, created_at, updated_at)
                     values (s.id, s.email, s.first_name, s.last_name, s.signup_date, s.country, :now, :now)""")
                .param("now", now).update();
        if (attributes.isEmpty()) {
            return;
        }
        jdbc.sql("""
                delete from customer_attribute
                where attribute_name in (:names)
                  and customer_id in (select o.id from customer_outcome o where o.outcome = 'changed')""")
                .param("names", attributes).update();
        for (int i = 1; i <= attributes.size(); i++) {
            jdbc.sql("""
                    insert into customer_attribute (customer_id, attribute_name, attribute_value)
                    select s.id, cast(:name as varchar(64)), s.a%1$d
                    from customer_stage s join customer_outcome o on o.row_no = s.row_no
                    where o.outcome <> 'same' and s.a%1$d is not null""".formatted(i))
                    .param("name", attributes.get(i - 1)).update();
        }
    }

    private long countOutcome(String outcome) {
        return jdbc.sql("select count(*) from customer_outcome where outcome = :outcome")
                .param("outcome", outcome).query(Long.class).single();
    }

    private int update(long importId, String sql) {
        return jdbc.sql(sql).param("importId", importId).update();
    }
}
