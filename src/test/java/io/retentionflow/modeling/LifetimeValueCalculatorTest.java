package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LifetimeValueCalculatorTest {

    private final BgNbdModel transactions = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
    private final LifetimeValueCalculator calculator = new LifetimeValueCalculator(transactions,
            new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44)));
    private final CustomerSummary customer = new CustomerSummary(2, 30.43, 38.86);

    @Test
    void twoDiscountedPeriodsByHand() {
        // periods of 4 weeks at 10%: M · (E[Y(4)] / 1.1 + (E[Y(8)] − E[Y(4)]) / 1.21), M = 24.6637139 by hand
        double e4 = transactions.expectedTransactions(customer, 4);
        double e8 = transactions.expectedTransactions(customer, 8);
        double expected = 24.6637139 * (e4 / 1.1 + (e8 - e4) / 1.21);

        double clv = calculator.lifetimeValue(customer, 22.35, new ClvHorizon(2, 4, 0.10));

        assertThat(clv).isCloseTo(expected, within(1e-6));
    }

    @Test
    void withoutDiscountingTheSumTelescopesToTheHorizonExpectation() {
        double clv = calculator.lifetimeValue(customer, 22.35, new ClvHorizon(13, 3, 0));

        assertThat(clv).isCloseTo(24.6637139 * transactions.expectedTransactions(customer, 39), within(1e-6));
    }

    @Test
    void discountingLowersTheValue() {
        ClvHorizon year = ClvHorizon.months(12, 7, 0);
        ClvHorizon discountedYear = ClvHorizon.months(12, 7, 0.01);

        assertThat(year.periodLength()).isCloseTo(4.348214, within(1e-6)); // 365.25 / 12 / 7 weeks
        assertThat(calculator.lifetimeValue(customer, 22.35, discountedYear))
                .isLessThan(calculator.lifetimeValue(customer, 22.35, year));
    }

    @Test
    void aCustomerWithoutRepeatsIsValuedAtThePopulationMeanSpend() {
        CustomerSummary oneTimer = new CustomerSummary(0, 0, 38.86);
        double clv = calculator.lifetimeValue(oneTimer, 0, new ClvHorizon(1, 52, 0));

        assertThat(clv).isCloseTo(35.2189781 * transactions.expectedTransactions(oneTimer, 52), within(1e-6));
    }
}
