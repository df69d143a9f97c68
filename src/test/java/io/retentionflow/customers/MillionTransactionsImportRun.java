package io.retentionflow.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A measurement, not a test: imports a million transactions (100,000 customers) into a fresh PostgreSQL database
 * and prints how long it took. Run by hand:
 * <pre>./mvnw -o -Dbuild.dir=target-imports test -Dtest=MillionTransactionsImportRun -Dimports.measure=1000000</pre>
 */
@RequiresPostgres
@EnabledIfSystemProperty(named = "imports.measure", matches = "\\d+")
@ActiveProfiles("postgres")
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class MillionTransactionsImportRun {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "imports_measure");
    }

    @Autowired
    ImportService imports;

    @TempDir
    Path folder;

    @Test
    void importAMillionTransactions() throws Exception {
        int transactions = Integer.parseInt(System.getProperty("imports.measure"));
        int customers = Math.max(1, transactions / 10);
        Path customerFile = ImportFiles.customers(folder, "customers.csv", customers);
        Path transactionFile = ImportFiles.transactions(folder, "transactions.csv", transactions, customers);
        System.out.printf("files: %,d customers (%,d bytes), %,d transactions (%,d bytes)%n", customers,
                Files.size(customerFile), transactions, Files.size(transactionFile));

        ImportReport customerReport = timed("customers", () ->
                imports.importNow(ImportKind.CUSTOMERS, ImportSource.UPLOAD, "customers.csv", customerFile));
        ImportReport first = timed("transactions, first time", () ->
                imports.importNow(ImportKind.TRANSACTIONS, ImportSource.UPLOAD, "transactions.csv", transactionFile));
        ImportReport again = timed("transactions, same file again", () ->
                imports.importNow(ImportKind.TRANSACTIONS, ImportSource.UPLOAD, "transactions.csv", transactionFile));

        assertThat(customerReport.imported()).isEqualTo(customers);
        assertThat(first.imported()).isEqualTo(transactions);
        assertThat(again.unchanged()).isEqualTo(transactions);
    }

    private static ImportReport timed(String what, java.util.function.Supplier<ImportReport> work) {
        long start = System.nanoTime();
        ImportReport report = work.get();
        System.out.printf("%s: %.2f s  %s%n", what, (System.nanoTime() - start) / 1e9, report);
        return report;
    }
}
