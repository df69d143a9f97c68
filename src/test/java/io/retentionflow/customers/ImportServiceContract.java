package io.retentionflow.customers;

import static io.retentionflow.customers.ImportFiles.CUSTOMER_HEADER;
import static io.retentionflow.customers.ImportFiles.TRANSACTION_HEADER;
import static io.retentionflow.customers.ImportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an import does with a file, the same on every database: the H2 and the PostgreSQL test classes extend this
 * one (PostgreSQL stages through COPY, H2 through batches, and the set-based SQL must agree on both).
 */
abstract class ImportServiceContract {

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void emptyTables() {
        for (String table : List.of("customer_transaction", "customer_attribute", "customer", "data_import_rejection",
                "data_import")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    ImportReport importCustomers(String content) {
        return imports.importNow(ImportKind.CUSTOMERS, ImportSource.UPLOAD, "customers.csv", write(folder, "c.csv", content));
    }

    ImportReport importTransactions(String content) {
        return imports.importNow(ImportKind.TRANSACTIONS, ImportSource.UPLOAD, "transactions.csv",
                write(folder, "t.csv", content));
    }

    List<RowIssue> issues(ImportReport report) {
        return imports.issues(report.id(), 0, 500).items();
    }

    Map<String, Object> customer(String id) {
        return jdbc.sql("select * from customer where id = :id").param("id", id).query().singleRow();
    }

    Map<String, String> attributes(String id) {
        return jdbc.sql("select attribute_name, attribute_value from customer_attribute where customer_id = :id")
                .param("id", id).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void customersAreImportedWithTheirFurtherColumnsAsAttributes() {
        ImportReport report = importCustomers(CUSTOMER_HEADER + ",tier,Favourite Genre\n"
                + "1,ann@example.com,Ann,Lee,2024-01-15,DE,gold,jazz\n"
                + "2,,Bob,Ng,,US,,\n"
                + "3,not-an-email,Cem,Ay,2023-12-01,TR,silver,\n");

        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report).extracting(ImportReport::rowsRead, ImportReport::imported, ImportReport::updated,
                ImportReport::unchanged, ImportReport::rejected, ImportReport::customersWithoutEmail)
                .containsExactly(3L, 3L, 0L, 0L, 0L, 2L);
        assertThat(customer("1")).containsEntry("email", "ann@example.com").containsEntry("first_name", "Ann")
                .containsEntry("country", "DE");
        assertThat(customer("2").get("email")).isNull();
        assertThat(customer("3").get("email")).isNull();
        assertThat(attributes("1")).containsOnly(Map.entry("tier", "gold"), Map.entry("Favourite Genre", "jazz"));
        assertThat(attributes("2")).isEmpty();
        assertThat(issues(report)).containsExactly(new RowIssue(3,
                "invalid email 'not-an-email': customer kept without email, cannot be targeted", true));
    }

    @Test
    void theSameCustomerFileTwiceChangesNothing() {
        String file = CUSTOMER_HEADER + ",tier\n1,ann@example.com,Ann,Lee,2024-01-15,DE,gold\n2,,Bob,,,,\n";
        importCustomers(file);
        Object updatedAt = customer("1").get("updated_at");

        ImportReport again = importCustomers(file);

        assertThat(again).extracting(ImportReport::imported, ImportReport::unchanged, ImportReport::rejected)
                .containsExactly(0L, 2L, 0L);
        assertThat(customer("1").get("updated_at")).isEqualTo(updatedAt);
    }

    @Test
    void customersAreUpsertedById() {
        importCustomers(CUSTOMER_HEADER + ",tier,segment\n"
                + "1,ann@example.com,Ann,Lee,2024-01-15,DE,gold,a\n"
                + "2,bob@example.com,Bob,Ng,2024-01-16,US,silver,b\n"
                + "3,cem@example.com,Cem,Ay,2024-01-17,TR,,c\n");

        ImportReport report = importCustomers(CUSTOMER_HEADER + ",tier\n"
                + "1,ann.lee@example.com,Ann,Lee,2024-01-15,DE,gold\n"  // new email
                + "2,bob@example.com,Bob,Ng,2024-01-16,US,\n"           // tier emptied
                + "3,cem@example.com,Cem,Ay,2024-01-17,TR,\n"           // the same
                + "4,dan@example.com,Dan,Ito,2024-01-18,JP,bronze\n");  // new

        assertThat(report).extracting(ImportReport::imported, ImportReport::updated, ImportReport::unchanged)
                .containsExactly(3L, 2L, 1L);
        assertThat(customer("1").get("email")).isEqualTo("ann.lee@example.com");
        assertThat(attributes("1")).containsOnly(Map.entry("tier", "gold"), Map.entry("segment", "a"));
        // an empty value removes the attribute; a column the file does not have is left alone
        assertThat(attributes("2")).containsOnly(Map.entry("segment", "b"));
        assertThat(attributes("4")).containsOnly(Map.entry("tier", "bronze"));
        assertThat(count("customer")).isEqualTo(4);
    }

    @Test
    void badCustomerRowsAreRejectedWithTheirRowNumberAndTheGoodOnesImported() {
        ImportReport report = importCustomers(CUSTOMER_HEADER + "\n"
                + "1,ann@example.com,Ann,Lee,2024-01-15,DE\n"
                + ",nobody@example.com,No,Id,2024-01-15,DE\n"
                + "2,bob@example.com,Bob,Ng,15.01.2024,US\n"
                + "1,ann2@example.com,Ann,Again,2024-01-15,DE\n"
                + "3,cem@example.com,Cem\n"
                + "\n"
                + "4,dan@example.com,Dan,Ito,2024-01-18,JP\n");

        assertThat(report).extracting(ImportReport::rowsRead, ImportReport::imported, ImportReport::rejected)
                .containsExactly(6L, 2L, 4L);
        assertThat(issues(report)).containsExactly(
                new RowIssue(2, "missing customer_id", false),
                new RowIssue(3, "unparsable signup_date '15.01.2024' (expected a date like 2024-03-31)", false),
                new RowIssue(4, "duplicate customer_id '1' (first in row 1)", false),
                new RowIssue(5, "wrong number of fields: expected 6, found 3", false));
        assertThat(customer("1").get("last_name")).isEqualTo("Lee");
        assertThat(count("customer")).isEqualTo(2);
    }

    @Test
    void transactionsAreImportedOnceByTheirId() {
        importCustomers(CUSTOMER_HEADER + "\n1,ann@example.com,Ann,Lee,2024-01-15,DE\n2,,Bob,,,\n");
        String file = TRANSACTION_HEADER + "\n"
                + "T1,1,2024-02-01,19.90\n"
                + "T2,1,2024-02-03T14:05:00+02:00,5\n"
                + "T3,2,2024-02-04T09:00:00,-3.50\n";

        ImportReport first = importTransactions(file);
        ImportReport second = importTransactions(file);

        assertThat(first).extracting(ImportReport::status, ImportReport::rowsRead, ImportReport::imported,
                ImportReport::unchanged, ImportReport::rejected).containsExactly(ImportStatus.COMPLETED, 3L, 3L, 0L, 0L);
        assertThat(second).extracting(ImportReport::imported, ImportReport::unchanged, ImportReport::rejected)
                .containsExactly(0L, 3L, 0L);
        assertThat(count("customer_transaction")).isEqualTo(3);
        Map<String, Object> t2 = jdbc.sql("select * from customer_transaction where id = 'T2'").query().singleRow();
        assertThat(((BigDecimal) t2.get("amount"))).isEqualByComparingTo("5.00");
        assertThat(jdbc.sql("select occurred_at from customer_transaction where id = 'T2'").query(OffsetDateTime.class)
                .single().toInstant()).isEqualTo(OffsetDateTime.parse("2024-02-03T12:05:00Z").toInstant());
        assertThat(jdbc.sql("select occurred_at from customer_transaction where id = 'T1'").query(OffsetDateTime.class)
                .single().toInstant()).isEqualTo(OffsetDateTime.parse("2024-02-01T00:00:00Z").toInstant());
    }

    @Test
    void badTransactionRowsAreRejectedWithTheirRowNumberAndTheGoodOnesImported() {
        importCustomers(CUSTOMER_HEADER + "\n1,ann@example.com,Ann,Lee,2024-01-15,DE\n");
        importTransactions(TRANSACTION_HEADER + "\nOLD,1,2024-01-20,10.00\n");

        ImportReport report = importTransactions(TRANSACTION_HEADER + "\n"
                + "T1,1,2024-02-01,19.90\n"
                + "T2,99,2024-02-01,19.90\n"
                + "T1,1,2024-02-02,1.00\n"
                + ",1,2024-02-01,1.00\n"
                + "T3,1,someday,1.00\n"
                + "T4,1,2024-02-01,12,50\n"
                + "T5,1,2024-02-01,abc\n"
                + "OLD,1,2024-01-20,11.00\n"
                + "T6,1,2024-02-06,6.00\n");

        assertThat(report).extracting(ImportReport::rowsRead, ImportReport::imported, ImportReport::unchanged,
                ImportReport::rejected).containsExactly(9L, 2L, 0L, 7L);
        assertThat(issues(report)).containsExactly(
                new RowIssue(2, "unknown customer_id '99'", false),
                new RowIssue(3, "duplicate transaction_id 'T1' (first in row 1)", false),
                new RowIssue(4, "missing transaction_id", false),
                new RowIssue(5, "unparsable occurred_at 'someday' (expected a date like 2024-03-31 or a date-time like "
                        + "2024-03-31T14:05:00+02:00)", false),
                new RowIssue(6, "wrong number of fields: expected 4, found 5", false),
                new RowIssue(7, "unparsable amount 'abc' (expected a number like 1234.50)", false),
                new RowIssue(8, "transaction_id 'OLD' was imported before with another customer, time or amount", false));
        assertThat(jdbc.sql("select amount from customer_transaction where id = 'OLD'").query(BigDecimal.class).single())
                .isEqualByComparingTo("10.00");
        assertThat(count("customer_transaction")).isEqualTo(3);
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedWholeAndNothingIsImported() {
        ImportReport report = importCustomers("customer_id,first_name,last_name,signup_date,country\n1,Ann,Lee,,DE\n");

        assertThat(report.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(report.message()).isEqualTo("The header row has no column email.");
        assertThat(count("customer")).isZero();
    }

    @Test
    void aFileThatTurnsOutNotToBeUtf8IsRefusedAndEvenItsGoodRowsAreNotImported() {
        byte[] latin1 = (CUSTOMER_HEADER + "\n1,ann@example.com,Ann,Lee,2024-01-15,DE\n2,jo@example.com,Jörg,Müller,,DE\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ImportReport report = imports.importNow(ImportKind.CUSTOMERS, ImportSource.UPLOAD, "latin1.csv",
                write(folder, "latin1.csv", latin1));

        assertThat(report.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(report.message()).contains("not UTF-8").contains("row 2");
        assertThat(count("customer")).isZero();
        assertThat(count("data_import_rejection")).isZero();
    }

    @Test
    void hostileValuesAreStoredAsTheTextTheyAre() {
        List<String> names = List.of("=cmd|' /C calc'!A0", "'); drop table customer; --", "tab\there",
                "back\\slash \\N", "line\nbreak", "<script>alert(1)</script>", "Zoë 🦊 \"quoted\"");
        StringBuilder file = new StringBuilder(CUSTOMER_HEADER + ",note\n");
        for (int i = 0; i < names.size(); i++) {
            String quoted = "\"" + names.get(i).replace("\"", "\"\"") + "\"";
            file.append("h").append(i).append(",,").append(quoted).append(",x,,,").append(quoted).append('\n');
        }
        file.append("1' or '1'='1,,Robert,Tables,,,\n");

        ImportReport report = importCustomers(file.toString());

        assertThat(report.imported()).isEqualTo(names.size() + 1);
        for (int i = 0; i < names.size(); i++) {
            assertThat(customer("h" + i).get("first_name")).isEqualTo(names.get(i));
            assertThat(attributes("h" + i)).containsEntry("note", names.get(i));
        }
        assertThat(customer("1' or '1'='1").get("first_name")).isEqualTo("Robert");
        assertThat(count("customer")).isEqualTo(names.size() + 1);
    }

    @Test
    void aVeryLongFieldRejectsItsRowOnly() {
        ImportReport report = importCustomers(CUSTOMER_HEADER + "\n1,,Ann,,,\n2,," + "A".repeat(500_000) + ",,,\n3,,Cem,,,\n");

        assertThat(report).extracting(ImportReport::imported, ImportReport::rejected).containsExactly(2L, 1L);
        assertThat(issues(report).get(0).reason()).startsWith("first_name is longer than 100 characters");
    }

    @Test
    void twentyThousandTransactionsStreamThroughInOnePass() {
        imports.importNow(ImportKind.CUSTOMERS, ImportSource.UPLOAD, "customers.csv",
                ImportFiles.customers(folder, "customers.csv", 2_000));
        Path file = ImportFiles.transactions(folder, "transactions.csv", 20_000, 2_000);

        ImportReport first = imports.importNow(ImportKind.TRANSACTIONS, ImportSource.UPLOAD, "transactions.csv", file);
        ImportReport second = imports.importNow(ImportKind.TRANSACTIONS, ImportSource.UPLOAD, "transactions.csv", file);

        assertThat(first).extracting(ImportReport::rowsRead, ImportReport::imported, ImportReport::rejected)
                .containsExactly(20_000L, 20_000L, 0L);
        assertThat(second).extracting(ImportReport::imported, ImportReport::unchanged).containsExactly(0L, 20_000L);
        assertThat(jdbc.sql("select sum(amount) from customer_transaction").query(BigDecimal.class).single())
                .isEqualByComparingTo(expectedTotal(20_000));
    }

    private static BigDecimal expectedTotal(int transactions) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= transactions; i++) {
            total = total.add(new BigDecimal((i % 10_000) / 100 + "." + String.format("%02d", i % 100)));
        }
        return total;
    }
}
