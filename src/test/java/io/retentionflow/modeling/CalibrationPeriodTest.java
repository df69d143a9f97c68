package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CalibrationPeriodTest {

    private static final CalibrationPeriod WEEKS =
            new CalibrationPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), 7);

    @Test
    void sameDayPurchasesAreOneTransactionAndTheFirstIsNotARepeat() {
        List<CustomerHistory> histories = WEEKS.summarize(List.of(
                new Purchase("c1", LocalDate.of(2024, 1, 1), 10),
                new Purchase("c1", LocalDate.of(2024, 1, 15), 20),
                new Purchase("c1", LocalDate.of(2024, 1, 15), 5),
                new Purchase("c1", LocalDate.of(2024, 2, 12), 35),
                new Purchase("c1", LocalDate.of(2024, 4, 1), 99))); // after the window

        CustomerHistory c1 = histories.get(0);
        assertThat(c1.summary()).isEqualTo(new CustomerSummary(2, 42 / 7.0, 90 / 7.0));
        assertThat(c1.meanRepeatValue()).isEqualTo(30.0); // (25 + 35) / 2
        assertThat(c1.transactions()).isEqualTo(3);
        assertThat(c1.totalValue()).isEqualTo(70.0);
        assertThat(c1.daysBeforeLastPurchase()).isEqualTo(28);
    }

    @Test
    void aSingleBuyerHasNoRepeatsAndIsObservedToTheLastDay() {
        CustomerHistory c2 = WEEKS.summarize(List.of(new Purchase("c2", LocalDate.of(2024, 3, 3), 12))).get(0);

        assertThat(c2.summary()).isEqualTo(new CustomerSummary(0, 0, 28 / 7.0));
        assertThat(c2.hasRepeatPurchases()).isFalse();
        assertThat(c2.meanRepeatValue()).isZero();
    }

    /** Validates the conventions against the published summary of all 2,357 CDNOW sample customers. */
    @Test
    void cdnowSummaryMatchesThePublishedOneForEveryCustomer() {
        Map<String, CustomerHistory> ours = CdnowData.CALIBRATION.summarize(CdnowData.samplePurchases()).stream()
                .collect(Collectors.toMap(CustomerHistory::customerId, Function.identity()));
        List<CdnowData.PublishedRow> published = CdnowData.publishedSummary();

        assertThat(ours).hasSize(2357);
        assertThat(published).hasSize(2357);
        for (CdnowData.PublishedRow row : published) {
            CustomerHistory h = ours.get(row.id());
            // the file rounds t_x, T and zbar to two decimals
            assertThat(h.summary().x()).as("x of %s", row.id()).isCloseTo(row.x(), within(1e-6));
            assertThat(h.summary().tx()).as("t_x of %s", row.id()).isCloseTo(row.tx(), within(0.0051));
            assertThat(h.summary().T()).as("T of %s", row.id()).isCloseTo(row.T(), within(0.0051));
            assertThat(h.meanRepeatValue()).as("zbar of %s", row.id()).isCloseTo(row.zbar(), within(0.0051));
        }
    }
}
