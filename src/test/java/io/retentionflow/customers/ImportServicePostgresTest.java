package io.retentionflow.customers;

import static io.retentionflow.customers.ImportFiles.CUSTOMER_HEADER;
import static io.retentionflow.customers.ImportFiles.TRANSACTION_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The import on PostgreSQL: rows staged with COPY, the same outcomes as on H2, and indexes rebuilt after a big load. */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class ImportServicePostgresTest extends ImportServiceContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "imports");
    }

    @Test
    void aLoadBiggerThanTheTableRebuildsItsIndexesAsTheyWere() {
        importCustomers(CUSTOMER_HEADER + "\n1,ann@example.com,Ann,Lee,2024-01-15,DE\n");
        jdbc.sql("analyze customer_transaction").update();
        Map<String, String> before = indexes();
        Map<String, Long> oidsBefore = indexOids();

        ImportReport report = importTransactions(TRANSACTION_HEADER + "\nT1,1,2024-02-01,19.90\nT2,1,2024-02-03,5\n");

        assertThat(report.imported()).isEqualTo(2);
        assertThat(indexes()).isEqualTo(before).containsKey("customer_transaction_pkey").hasSize(3);
        // new indexes under the old names and definitions: built after the load, not kept up row by row
        assertThat(indexOids()).allSatisfy((name, oid) -> assertThat(oid).isNotEqualTo(oidsBefore.get(name)));
        assertThat(jdbc.sql("select count(*) from pg_constraint where conname = 'customer_transaction_pkey'")
                .query(Long.class).single()).isOne();
    }

    @Test
    void aDaysFileSmallBesideItsTableLeavesTheIndexesAlone() {
        importCustomers(CUSTOMER_HEADER + "\n1,ann@example.com,Ann,Lee,2024-01-15,DE\n");
        jdbc.sql("""
                insert into customer_transaction (id, customer_id, occurred_at, amount)
                select 'old-' || i, '1', timestamp with time zone '2024-01-01 00:00:00+00', 1
                from generate_series(1, 100) i""").update();
        jdbc.sql("analyze customer_transaction").update();
        Map<String, Long> oidsBefore = indexOids();

        ImportReport report = importTransactions(TRANSACTION_HEADER + "\nT1,1,2024-02-01,19.90\n");

        assertThat(report.imported()).isEqualTo(1);
        assertThat(indexOids()).isEqualTo(oidsBefore);
    }

    private Map<String, String> indexes() {
        return jdbc.sql("select indexname, indexdef from pg_indexes where tablename = 'customer_transaction'")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, Long> indexOids() {
        return jdbc.sql("""
                select i.relname, i.oid from pg_index x join pg_class i on i.oid = x.indexrelid
                join pg_class t on t.oid = x.indrelid where t.relname = 'customer_transaction'""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
