package io.retentionflow.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every reason a single row is rejected, or kept with a warning, and values that must pass through untouched. */
class RowValidatorTest {

    private final CustomerRowValidator customers = new CustomerRowValidator(CsvHeader.of(
            List.of("customer_id", "email", "first_name", "last_name", "signup_date", "country", "loyalty_tier"),
            CustomerRowValidator.REQUIRED_COLUMNS));
    private final TransactionRowValidator transactions = new TransactionRowValidator(
            CsvHeader.of(TransactionRowValidator.REQUIRED_COLUMNS, TransactionRowValidator.REQUIRED_COLUMNS),
            ZoneId.of("Europe/Berlin"));

    private CustomerRow customer(String... values) throws RowRejectedException {
        return customers.validate(Arrays.asList(values));
    }

    private TransactionRow transaction(String... values) throws RowRejectedException {
        return transactions.validate(Arrays.asList(values));
    }

    @Test
    void aValidCustomerRow() throws RowRejectedException {
        CustomerRow row = customer(" 42 ", "Ann.Lee@Example.COM", "Ann", "Lee", "2024-02-29", "DE", "gold");
        assertThat(row).isEqualTo(new CustomerRow("42", "ann.lee@example.com", "Ann", "Lee", LocalDate.of(2024, 2, 29),
                "DE", List.of("gold"), null));
    }

    @Test
    void aCustomerWithoutIdIsRejected() {
        assertThatThrownBy(() -> customer("  ", "a@b.de", "", "", "", "", "")).hasMessage("missing customer_id");
    }

    @Test
    void aCustomerWithAnInvalidEmailIsKeptWithoutItAndTheReportSaysWhy() throws RowRejectedException {
        for (String invalid : List.of("not-an-email", "a@b", "a b@c.de", "a@@b.de", "x".repeat(250) + "@b.de")) {
            CustomerRow row = customer("1", invalid, "Ann", "", "", "", "");
            assertThat(row.email()).as(invalid).isNull();
            assertThat(row.emailIssue()).as(invalid).startsWith("invalid email '").endsWith("cannot be targeted");
        }
        CustomerRow none = customer("1", "", "Ann", "", "", "", "");
        assertThat(none.email()).isNull();
        assertThat(none.emailIssue()).isNull();
    }

    @Test
    void anUnparsableSignupDateIsRejectedShowingTheValue() {
        assertThatThrownBy(() -> customer("1", "", "", "", "31/12/2024", "", ""))
                .hasMessage("unparsable signup_date '31/12/2024' (expected a date like 2024-03-31)");
        assertThatThrownBy(() -> customer("1", "", "", "", "2023-02-29", "", "")).hasMessageStartingWith("unparsable signup_date");
    }

    @Test
    void theWrongNumberOfFieldsIsRejected() {
        assertThatThrownBy(() -> customer("1", "a@b.de")).hasMessage("wrong number of fields: expected 7, found 2");
        assertThatThrownBy(() -> transaction("T1", "1", "2024-01-01", "1.00", "extra"))
                .hasMessage("wrong number of fields: expected 4, found 5");
    }

    @Test
    void tooLongFieldsAreRejectedWithAShortenedValue() {
        assertThatThrownBy(() -> customer("1", "", "A".repeat(101), "", "", "", ""))
                .hasMessageStartingWith("first_name is longer than 100 characters: 'AAAA")
                .hasMessageEndingWith("…'");
        assertThatThrownBy(() -> customer("x".repeat(65), "", "", "", "", "", ""))
                .hasMessageStartingWith("customer_id is longer than 64 characters");
        assertThatThrownBy(() -> customer("1", "", "", "", "", "", "v".repeat(1001)))
                .hasMessageStartingWith("loyalty_tier is longer than 1000 characters");
    }

    @Test
    void aNulCharacterIsRejected() {
        assertThatThrownBy(() -> customer("1", "", "An\0n", "", "", "", "")).hasMessage("first_name contains a NUL character");
    }

    @Test
    void formulasAndSqlAreKeptAsTheTextTheyAre() throws RowRejectedException {
        CustomerRow row = customer("1'; drop table customer; --", "", "=cmd|' /C calc'!A0", "+SUM(A1:A9)",
                "", "@evil", "-2+3");
        assertThat(row.id()).isEqualTo("1'; drop table customer; --");
        assertThat(row.firstName()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(row.lastName()).isEqualTo("+SUM(A1:A9)");
        assertThat(row.country()).isEqualTo("@evil");
        assertThat(row.attributes()).containsExactly("-2+3");
    }

    @Test
    void aValidTransactionRowWithADateIsTheStartOfThatDayInTheConfiguredZone() throws RowRejectedException {
        assertThat(transaction("T1", "1", "2024-04-01", "1234.5")).isEqualTo(new TransactionRow("T1", "1",
                OffsetDateTime.parse("2024-04-01T00:00+02:00"), new BigDecimal("1234.50")));
    }

    @Test
    void dateTimesWithAndWithoutOffsetAreRead() throws RowRejectedException {
        assertThat(transaction("T1", "1", "2024-01-15T10:15:30", "1").occurredAt())
                .isEqualTo(OffsetDateTime.parse("2024-01-15T10:15:30+01:00"));
        assertThat(transaction("T1", "1", "2024-01-15 10:15", "1").occurredAt())
                .isEqualTo(OffsetDateTime.parse("2024-01-15T10:15+01:00"));
        assertThat(transaction("T1", "1", "2024-01-15T10:15:30Z", "1").occurredAt().toInstant())
                .isEqualTo(OffsetDateTime.parse("2024-01-15T10:15:30Z").toInstant());
        assertThat(transaction("T1", "1", "2024-01-15T10:15:30-05:00", "1").occurredAt().toInstant())
                .isEqualTo(OffsetDateTime.parse("2024-01-15T15:15:30Z").toInstant());
    }

    @Test
    void missingIdsOrTimeAreRejected() {
        assertThatThrownBy(() -> transaction("", "1", "2024-01-01", "1")).hasMessage("missing transaction_id");
        assertThatThrownBy(() -> transaction("T1", "", "2024-01-01", "1")).hasMessage("missing customer_id");
        assertThatThrownBy(() -> transaction("T1", "1", "", "1")).hasMessage("missing occurred_at");
        assertThatThrownBy(() -> transaction("T1", "1", "2024-01-01", "")).hasMessage("missing amount");
    }

    @Test
    void anUnparsableTimeIsRejected() {
        for (String bad : List.of("yesterday", "2024-13-01", "2024-01-01T25:00", "01.02.2024")) {
            assertThatThrownBy(() -> transaction("T1", "1", bad, "1")).as(bad)
                    .hasMessageStartingWith("unparsable occurred_at '" + bad + "'");
        }
    }

    @Test
    void unparsableOrImpossibleAmountsAreRejected() throws RowRejectedException {
        assertThatThrownBy(() -> transaction("T1", "1", "2024-01-01", "12,50"))
                .hasMessage("unparsable amount '12,50' (expected a number like 1234.50)");
        assertThatThrownBy(() -> transaction("T1", "1", "2024-01-01", "1e3")).hasMessageStartingWith("unparsable amount");
        assertThatThrownBy(() -> transaction("T1", "1", "2024-01-01", "=1+1")).hasMessageStartingWith("unparsable amount");
        assertThatThrownBy(() -> transaction("T1", "1", "2024-01-01", "1.005")).hasMessage("amount '1.005' has more than 2 decimal places");
        assertThatThrownBy(() -> transaction("T1", "1", "2024-01-01", "1234567890123")).hasMessage("amount '1234567890123' is too large");
        assertThat(transaction("T1", "1", "2024-01-01", "-19.90").amount()).isEqualByComparingTo("-19.90");
        assertThat(transaction("T1", "1", "2024-01-01", "5.2500").amount()).isEqualByComparingTo("5.25");
    }
}
