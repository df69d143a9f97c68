package io.retentionflow.customers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cluster-wide locks: a row of {@code data_import_lock} held with {@code select … for update} until the calling
 * transaction ends. Every node shares the database, so this serialises across nodes what one node's import
 * thread serialises locally.
 */
@Component
class ImportLocks {

    /** The set-based step of every import: two imports upserting the same new customer must not race. */
    static final String APPLY = "apply";
    /** Checking for an empty database and loading the demo data, as one step. */
    static final String DEMO_DATA = "demo-data";

    private final JdbcClient jdbc;

    ImportLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the lock; call inside a transaction, which keeps it until commit or rollback. */
    void lock(String name) {
        jdbc.sql("select lock_name from data_import_lock where lock_name = :name for update")
                .param("name", name).query(String.class).single();
    }
}
