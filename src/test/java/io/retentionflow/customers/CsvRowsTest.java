package io.retentionflow.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

    private static final List<String> REQUIRED = TransactionRowValidator.REQUIRED_COLUMNS;

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvRows.Row> rows(String text) {
        List<CsvRows.Row> rows = new ArrayList<>();
        try (CsvRows csv = CsvRows.open(utf8(text), REQUIRED)) {
            for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void rowsAreNumberedFromOneAfterTheHeaderAndBlankRowsCountButAreSkipped() {
        List<CsvRows.Row> rows = rows("""
                transaction_id,customer_id,occurred_at,amount
                T1,1,2024-01-01,1.00

                T2,1,2024-01-02,2.00
                ,,,
                "T3","multi
                line",2024-01-03,3.00
                """);
        assertThat(rows).extracting(CsvRows.Row::number).containsExactly(1L, 3L, 5L);
        assertThat(rows.get(2).values()).containsExactly("T3", "multi\nline", "2024-01-03", "3.00");
    }

    @Test
    void headerNamesAreTrimmedMatchedWithoutCaseAndTheByteOrderMarkIsIgnored() {
        try (CsvRows csv = CsvRows.open(utf8("\uFEFFTransaction_ID , Customer_Id,OCCURRED_AT,amount,channel\n"), REQUIRED)) {
            assertThat(csv.header().indexOf("transaction_id")).isZero();
            assertThat(csv.header().otherColumns(REQUIRED)).containsExactly("channel");
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> rows("")).isInstanceOf(FileRefusedException.class).hasMessageContaining("The file is empty");
    }

    @Test
    void aFileThatDoesNotStartWithItsHeaderIsRefused() {
        assertThatThrownBy(() -> rows("\ntransaction_id,customer_id,occurred_at,amount\n"))
                .isInstanceOf(FileRefusedException.class).hasMessageContaining("must start with its header row");
    }

    @Test
    void aMissingRequiredColumnRefusesTheFileNamingTheColumn() {
        assertThatThrownBy(() -> rows("transaction_id,customer_id,amount\nT1,1,2.00\n"))
                .isInstanceOf(FileRefusedException.class)
                .hasMessage("The header row has no column occurred_at.");
        assertThatThrownBy(() -> rows("transaction_id,amount\n"))
                .hasMessage("The header row has no columns customer_id, occurred_at.");
    }

    @Test
    void aSemicolonSeparatedFileIsToldToUseCommas() {
        assertThatThrownBy(() -> rows("transaction_id;customer_id;occurred_at;amount\n"))
                .hasMessageContaining("no columns transaction_id, customer_id, occurred_at, amount")
                .hasMessageContaining("separated by commas");
    }

    @Test
    void aDuplicateOrUnnamedHeaderColumnIsRefused() {
        assertThatThrownBy(() -> rows("transaction_id,customer_id,occurred_at,amount,Amount\n"))
                .hasMessageContaining("names column 'Amount' twice (columns 4 and 5)");
        assertThatThrownBy(() -> rows("transaction_id,customer_id,occurred_at,amount,\n"))
                .hasMessage("Column 5 of the header row has no name.");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheRow() {
        byte[] latin1 = "transaction_id,customer_id,occurred_at,amount\nT1,1,2024-01-01,1.00\nT2,Müller,2024-01-01,1.00\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> {
            try (CsvRows csv = CsvRows.open(new ByteArrayInputStream(latin1), REQUIRED)) {
                while (csv.next() != null) {
                    // read to the end
                }
            }
        }).isInstanceOf(FileRefusedException.class).hasMessageContaining("not UTF-8").hasMessageContaining("row 2");
    }

    @Test
    void aBinaryFileIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> CsvRows.open(new ByteArrayInputStream(png), REQUIRED))
                .isInstanceOf(FileRefusedException.class).hasMessageContaining("not UTF-8");
        byte[] zipLike = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertThatThrownBy(() -> CsvRows.open(new ByteArrayInputStream(zipLike), REQUIRED))
                .isInstanceOf(FileRefusedException.class).hasMessageContaining("does not look like a CSV");
    }

    @Test
    void brokenQuotingRefusesTheFile() {
        assertThatThrownBy(() -> rows("transaction_id,customer_id,occurred_at,amount\n\"T1\"x,1,2024-01-01,1.00\n"))
                .isInstanceOf(FileRefusedException.class).hasMessageContaining("not valid CSV in row 1");
    }

    @Test
    void anEndlessLineIsRefusedBeforeItFillsTheMemory() {
        InputStream endlessX = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        InputStream endless = new SequenceInputStream(utf8("transaction_id,customer_id,occurred_at,amount\n"), endlessX);
        assertThatThrownBy(() -> {
            try (CsvRows csv = CsvRows.open(endless, REQUIRED)) {
                csv.next();
            }
        }).isInstanceOf(FileRefusedException.class).hasMessageContaining("longer than 1000000 characters");
    }
}
