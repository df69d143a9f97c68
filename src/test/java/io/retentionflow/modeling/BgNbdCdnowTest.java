package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The BG/NBD fit on the CDNOW sample against the published figures.
 *
 * <p>Source: Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way: An Alternative to
 * the Pareto/NBD Model", Marketing Science 24(2), 275-284, section 5: r = 0.243, alpha = 4.414,
 * a = 0.793, b = 2.426, LL = −9582.4, and the worked example of a customer with x = 2, t_x = 30.43,
 * T = 38.86 expecting 1.226 purchases in the 39-week holdout. The {@code lifetimes} project's
 * documentation reproduces the same estimates on the same files.
 */
class BgNbdCdnowTest {

    private static final BgNbdParameters PUBLISHED = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    private static final double PUBLISHED_LL = -9582.4;

    private static List<CustomerSummary> ourSummaries() {
        return CdnowData.CALIBRATION.summarize(CdnowData.samplePurchases()).stream()
                .map(CustomerHistory::summary).toList();
    }

    private static List<CustomerSummary> publishedSummaries() {
        return CdnowData.publishedSummary().stream().map(r -> new CustomerSummary(r.x(), r.tx(), r.T())).toList();
    }

    @Test
    void logLikelihoodAtThePublishedParametersIsThePublishedOne() {
        assertThat(new BgNbdLikelihood(ourSummaries()).logLikelihood(PUBLISHED)).isCloseTo(PUBLISHED_LL, within(0.05));
        assertThat(new BgNbdLikelihood(publishedSummaries()).logLikelihood(PUBLISHED))
                .isCloseTo(PUBLISHED_LL, within(0.05));
    }

    @Test
    void fitOnOurSummaryReproducesThePublishedEstimates() {
        assertPublished(BgNbdFitter.fit(ourSummaries()));
    }

    @Test
    void fitOnThePublishedSummaryReproducesThePublishedEstimates() {
        assertPublished(BgNbdFitter.fit(publishedSummaries()));
    }

    private static void assertPublished(BgNbdFit fit) {
        BgNbdParameters p = fit.parameters();
        assertThat(fit.converged()).isTrue();
        assertThat(p.r()).isCloseTo(0.243, within(0.001));
        assertThat(p.alpha()).isCloseTo(4.414, within(0.001));
        assertThat(p.a()).isCloseTo(0.793, within(0.001));
        assertThat(p.b()).isCloseTo(2.426, within(0.001));
        assertThat(fit.logLikelihood()).isCloseTo(PUBLISHED_LL, within(0.1));
        assertThat(fit.iterations()).isPositive();
    }

    @Test
    void thePapersExampleCustomerExpectsAboutOneAndAQuarterPurchasesInTheHoldout() {
        BgNbdModel model = new BgNbdModel(PUBLISHED);

        double expected = model.expectedTransactions(new CustomerSummary(2, 30.43, 38.86), 39);

        assertThat(expected).isCloseTo(1.226, within(0.0005));
    }

    @Test
    void withTheFittedParametersTheHoldoutForecastIsStable() {
        // the published parameters are rounded; the forecast must not hinge on the fourth digit
        BgNbdModel fitted = new BgNbdModel(BgNbdFitter.fit(ourSummaries()).parameters());

        assertThat(fitted.expectedTransactions(new CustomerSummary(2, 30.43, 38.86), 39)).isCloseTo(1.226, within(0.002));
    }
}
