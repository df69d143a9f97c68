package io.retentionflow.customers;

import static io.retentionflow.customers.ImportFiles.CUSTOMER_HEADER;
import static io.retentionflow.customers.ImportFiles.TRANSACTION_HEADER;
import static io.retentionflow.customers.ImportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:imports-drop-folder;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "imports.demo-data=false"
})
class DropFolderImportTest {

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    DropFolderImport dropFolder;

    @BeforeEach
    void folder() {
        for (String table : List.of("customer_transaction", "customer_attribute", "customer")) {
            jdbc.sql("delete from " + table).update();
        }
        dropFolder = new DropFolderImport(imports, new ImportProperties(inbox, DataSize.ofMegabytes(1),
                java.time.ZoneOffset.UTC, false));
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void customerFilesAreImportedBeforeTransactionFilesAndThenMovedToProcessed() throws IOException {
        // by name, transactions come first; the customers they refer to must be there before them
        write(inbox, "a-transactions.csv", "ignored: does not start with a kind");
        write(inbox, "transactions_2024-05-01.csv", TRANSACTION_HEADER + "\nT1,1,2024-05-01,10.00\nT2,2,2024-05-01,5.00\n");
        write(inbox, "customers_2024-05-01.csv", CUSTOMER_HEADER + "\n1,ann@example.com,Ann,Lee,,DE\n2,,Bob,Ng,,US\n");
        write(inbox, "notes.txt", "not a daily file");

        List<ImportReport> reports = dropFolder.importWaitingFiles();

        assertThat(reports).extracting(ImportReport::kind, ImportReport::source, ImportReport::status, ImportReport::imported)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ImportKind.CUSTOMERS, ImportSource.DROP_FOLDER, ImportStatus.COMPLETED, 2L),
                        org.assertj.core.groups.Tuple.tuple(ImportKind.TRANSACTIONS, ImportSource.DROP_FOLDER, ImportStatus.COMPLETED, 2L));
        assertThat(names(inbox.resolve("processed"))).containsExactly(
                reports.get(0).id() + "-customers_2024-05-01.csv", reports.get(1).id() + "-transactions_2024-05-01.csv");
        assertThat(names(inbox)).containsExactly("a-transactions.csv", "notes.txt", "processed", "processing");
        assertThat(names(inbox.resolve("processing"))).isEmpty();
    }

    @Test
    void aRefusedFileGoesToFailed() throws IOException {
        write(inbox, "customers.csv", "id,mail\n1,a@b.de\n");

        List<ImportReport> reports = dropFolder.importWaitingFiles();

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo(ImportStatus.REFUSED);
            assertThat(report.message()).contains("no columns customer_id, email");
        });
        assertThat(names(inbox.resolve("failed"))).containsExactly(reports.get(0).id() + "-customers.csv");
    }

    @Test
    void aFileWithRejectedRowsIsStillProcessed() throws IOException {
        write(inbox, "TRANSACTIONS.CSV", TRANSACTION_HEADER + "\nT9,nobody,2024-05-01,1.00\n");

        ImportReport report = dropFolder.importWaitingFiles().get(0);

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(names(inbox.resolve("processed"))).containsExactly(report.id() + "-TRANSACTIONS.CSV");
    }

    @Test
    void anEmptyDropFolderImportsNothing() {
        assertThat(dropFolder.importWaitingFiles()).isEmpty();
    }
}
