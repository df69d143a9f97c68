package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Predictions and the likelihood checked against values computed independently of the production code paths. */
class BgNbdModelTest {

    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    private final BgNbdModel model = new BgNbdModel(CDNOW);

    @Test
    void aCustomerWithoutRepeatPurchasesIsCertainlyAlive() {
        assertThat(model.probabilityAlive(new CustomerSummary(0, 0, 38.86))).isEqualTo(1.0);
    }

    @Test
    void probabilityAliveFollowsTheClosedForm() {
        // x = 2, tx = 30.43, T = 38.86: 1 / (1 + a/(b+1) · ((alpha+T)/(alpha+tx))^(r+2))
        double odds = 0.793 / 3.426 * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 2.243);
        assertThat(model.probabilityAlive(new CustomerSummary(2, 30.43, 38.86))).isCloseTo(1 / (1 + odds), within(1e-14));
    }

    @Test
    void aRecentBuyerIsLikelierAliveThanOneWhoWentQuiet() {
        double recent = model.probabilityAlive(new CustomerSummary(5, 38, 38.86));
        double quiet = model.probabilityAlive(new CustomerSummary(5, 10, 38.86));
        // even buying today leaves the chance of dropping out right after: P(alive) <= 1 / (1 + a/(b+x−1)) = 0.89
        assertThat(recent).isGreaterThan(0.85).isLessThan(1 / (1 + 0.793 / 6.426));
        assertThat(quiet).isLessThan(0.1);
    }

    @Test
    void conditionalExpectationMatchesThePapersUntransformedFormula() {
        // equation (10) as printed, with the original (not Euler-transformed) 2F1
        for (CustomerSummary c : List.of(new CustomerSummary(0, 0, 38.86), new CustomerSummary(2, 30.43, 38.86),
                new CustomerSummary(6, 30, 35))) {
            for (double t : new double[] {1, 39, 104}) {
                double r = CDNOW.r();
                double alpha = CDNOW.alpha();
                double a = CDNOW.a();
                double b = CDNOW.b();
                double x = c.x();
                double z = t / (alpha + c.T() + t);
                double bracket = 1 - Math.pow((alpha + c.T()) / (alpha + c.T() + t), r + x)
                        * Hypergeometric.hyp2f1(r + x, b + x, a + b + x - 1, z);
                double printed = (a + b + x - 1) / (a - 1) * bracket * model.probabilityAlive(c);
                assertThat(model.expectedTransactions(c, t)).isCloseTo(printed, within(1e-10 * printed));
            }
        }
    }

    @Test
    void aCustomerJustAcquiredExpectsWhatTheUnconditionalFormulaSays() {
        // x = 0, tx = 0, T = 0 carries no history, so (10) must reduce to (9)
        for (double t : new double[] {0.5, 39, 78, 520}) {
            assertThat(model.expectedTransactions(new CustomerSummary(0, 0, 0), t))
                    .isCloseTo(model.expectedTransactions(t), within(1e-12));
        }
    }

    @Test
    void earlyOnEveryoneIsAliveSoPurchasesAccrueAtTheMeanRate() {
        double t = 1e-4;
        assertThat(model.expectedTransactions(t) / t).isCloseTo(CDNOW.r() / CDNOW.alpha(), within(1e-5));
    }

    @Test
    void unconditionalExpectationMatchesASimulatedCohort() {
        // 100,000 customers all observed for exactly 39 weeks: their mean x estimates E[X(39)]
        BgNbdParameters truth = new BgNbdParameters(0.5, 5, 0.8, 2.5);
        List<SimulatedBase.Customer> cohort =
                SimulatedBase.draw(100_000, truth, new GammaGammaParameters(6, 4, 15), 39, 39, 7);
        double meanX = cohort.stream().mapToDouble(c -> c.summary().x()).average().orElseThrow();

        // the standard deviation of x is about 3 here, so the standard error of the mean is about 0.01
        assertThat(meanX).isCloseTo(new BgNbdModel(truth).expectedTransactions(39), within(0.04));
    }

    @Test
    void expectationsStayFiniteForHeavyBuyersAndLongHorizons() {
        double heavy = model.expectedTransactions(new CustomerSummary(300, 38, 38.86), 520);
        assertThat(heavy).isFinite().isGreaterThan(100);
    }

    @Test
    void singleCustomerLikelihoodWithoutRepeatsIsTheSurvivalOfTheNbd() {
        // x = 0: L = (alpha / (alpha + T))^r, the Beta terms cancel
        double expected = CDNOW.r() * Math.log(CDNOW.alpha() / (CDNOW.alpha() + 38.86));
        assertThat(BgNbdLikelihood.logLikelihood(CDNOW, new CustomerSummary(0, 0, 38.86)))
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    void groupedAndChunkedLikelihoodEqualsTheSumOverCustomers() {
        // more rows than one chunk, with duplicates, so both grouping and the parallel sum are exercised
        List<CustomerSummary> base = new ArrayList<>();
        SimulatedBase.draw(ChunkedSum.CHUNK + 5_000, new BgNbdParameters(0.5, 5, 0.8, 2.5),
                new GammaGammaParameters(6, 4, 15), 20, 52, 11).forEach(c -> base.add(c.summary()));
        base.addAll(base.subList(0, 3_000));
        double oneByOne = base.stream().mapToDouble(c -> BgNbdLikelihood.logLikelihood(CDNOW, c)).sum();

        BgNbdLikelihood likelihood = new BgNbdLikelihood(base);

        assertThat(likelihood.distinctRows()).isEqualTo(base.size() - 3_000);
        assertThat(likelihood.customers()).isEqualTo(base.size());
        assertThat(likelihood.logLikelihood(CDNOW)).isCloseTo(oneByOne, within(1e-9 * Math.abs(oneByOne)));
    }
}
