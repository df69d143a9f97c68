package io.retentionflow.customers;

import io.retentionflow.system.Database;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A load larger than the table it goes into (a first import, a history back-filled) builds the table's indexes once
 * afterwards instead of updating them row by row: for a million transactions on PostgreSQL, keeping the three indexes
 * current cost about four times the insert itself, building them afterwards about twice. What pg_restore does.
 *
 * <p>Inside the import's transaction, so a failed import leaves the indexes as they were; until it commits, the table
 * is locked for everyone, which is why daily files, small beside their table, never take this path. The primary key
 * comes back as a constraint, so a duplicate the checks before had missed would fail the import, not slip in. On other
 * databases (H2, the embedded default) the indexes are left alone.
 */
@Component
class BulkLoadIndexes {

    private record Index(String name, String definition, boolean primaryKey) {}

    private final JdbcTemplate jdbc;
    private final Database database;

    BulkLoadIndexes(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** Runs {@code load} of up to {@code rows} rows into {@code table}, dropping the indexes before and rebuilding them after if it pays. */
    long load(String table, long rows, LongSupplier load) {
        if (!database.isPostgres() || rows <= estimatedRows(table)) {
            return load.getAsLong();
        }
        List<Index> indexes = jdbc.query("""
                select i.relname, pg_get_indexdef(i.oid), x.indisprimary
                from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                where t.relname = ? and t.relnamespace = current_schema()::regnamespace""",
                (rs, row) -> new Index(rs.getString(1), rs.getString(2), rs.getBoolean(3)), table);
        String primaryKey = jdbc.query("""
                select pg_get_constraintdef(c.oid) from pg_constraint c join pg_class t on t.oid = c.conrelid
                where t.relname = ? and t.relnamespace = current_schema()::regnamespace and c.contype = 'p'""",
                (rs, row) -> rs.getString(1), table).stream().findFirst().orElse(null);
        for (Index index : indexes) {
            jdbc.execute(index.primaryKey()
                    ? "alter table " + table + " drop constraint " + index.name()
                    : "drop index " + index.name());
        }
        long loaded = load.getAsLong();
        jdbc.execute("set local maintenance_work_mem = '256MB'");
        for (Index index : indexes) {
            jdbc.execute(index.primaryKey()
                    ? "alter table " + table + " add constraint " + index.name() + " " + primaryKey
                    : index.definition());
        }
        return loaded;
    }

    /** The planner's estimate, cheap and close enough to tell a first load from a day's file. */
    private long estimatedRows(String table) {
        Long rows = jdbc.queryForObject("""
                select greatest(reltuples, 0)::bigint from pg_class
                where relname = ? and relnamespace = current_schema()::regnamespace""", Long.class, table);
        return rows == null ? 0 : rows;
    }
}
