package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fits on customer bases simulated from known parameters must give those parameters back.
 *
 * <p>Tolerances are about three standard errors, read off repeated simulations with other seeds:
 * at 20,000 customers the estimates scatter by about 1% (r), 3% (alpha), 4% (a, b) and 5% (Gamma-Gamma);
 * at 200,000 by about a third of that.
 */
class FitRecoveryTest {

    private static final BgNbdParameters TRUE_BG_NBD = new BgNbdParameters(0.5, 5, 0.8, 2.5);
    private static final GammaGammaParameters TRUE_SPEND = new GammaGammaParameters(6, 4, 15);

    @Test
    void twentyThousandCustomersRecoverTheirParameters() {
        List<SimulatedBase.Customer> base = SimulatedBase.draw(20_000, TRUE_BG_NBD, TRUE_SPEND, 20, 52, 1);

        BgNbdFit fit = BgNbdFitter.fit(base.stream().map(SimulatedBase.Customer::summary).toList());
        GammaGammaFit spend = GammaGammaFitter.fit(spends(base));

        assertThat(fit.converged()).isTrue();
        assertThat(fit.parameters().r()).isCloseTo(0.5, withinPercentage(5));
        assertThat(fit.parameters().alpha()).isCloseTo(5, withinPercentage(10));
        assertThat(fit.parameters().a()).isCloseTo(0.8, withinPercentage(12));
        assertThat(fit.parameters().b()).isCloseTo(2.5, withinPercentage(12));
        assertThat(spend.converged()).isTrue();
        assertThat(spend.parameters().p()).isCloseTo(6, withinPercentage(15));
        assertThat(spend.parameters().q()).isCloseTo(4, withinPercentage(15));
        assertThat(spend.parameters().gamma()).isCloseTo(15, withinPercentage(15));
    }

    /** Large enough that the fit screens its starts on a subsample and polishes on all rows. */
    @Test
    void twoHundredThousandCustomersRecoverTheirParametersMoreTightly() {
        List<SimulatedBase.Customer> base = SimulatedBase.draw(200_000, TRUE_BG_NBD, TRUE_SPEND, 20, 52, 2);

        BgNbdFit fit = BgNbdFitter.fit(base.stream().map(SimulatedBase.Customer::summary).toList());
        GammaGammaFit spend = GammaGammaFitter.fit(spends(base));

        assertThat(fit.converged()).isTrue();
        assertThat(fit.parameters().r()).isCloseTo(0.5, withinPercentage(3));
        assertThat(fit.parameters().alpha()).isCloseTo(5, withinPercentage(4));
        assertThat(fit.parameters().a()).isCloseTo(0.8, withinPercentage(5));
        assertThat(fit.parameters().b()).isCloseTo(2.5, withinPercentage(5));
        assertThat(spend.converged()).isTrue();
        assertThat(spend.parameters().p()).isCloseTo(6, withinPercentage(5));
        assertThat(spend.parameters().q()).isCloseTo(4, withinPercentage(5));
        assertThat(spend.parameters().gamma()).isCloseTo(15, withinPercentage(5));
    }

    private static List<SpendSummary> spends(List<SimulatedBase.Customer> base) {
        return base.stream()
                .filter(c -> c.summary().x() > 0)
                .map(c -> new SpendSummary(c.summary().x(), c.meanRepeatValue()))
                .toList();
    }
}
