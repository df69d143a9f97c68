package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Gamma-Gamma fit on the CDNOW sample's repeat buyers (x &gt; 0, spend = zbar, the mean repeat
 * value) against the published estimates p = 6.25, q = 3.74, gamma = 15.44.
 *
 * <p>Source: Fader and Hardie (2013), "The Gamma-Gamma Model of Monetary Value",
 * http://www.brucehardie.com/notes/025/, which fits the 946 CDNOW sample customers with repeat
 * purchases in the 39-week calibration period; the {@code lifetimes} project's documentation
 * reproduces the same figures on the same file.
 */
class GammaGammaCdnowTest {

    @Test
    void fitOnThePublishedZbarReproducesThePublishedEstimates() {
        List<SpendSummary> spends = CdnowData.publishedSummary().stream()
                .filter(r -> r.x() > 0)
                .map(r -> new SpendSummary(r.x(), r.zbar()))
                .toList();

        assertThat(spends).hasSize(946);
        assertPublished(GammaGammaFitter.fit(spends));
    }

    @Test
    void fitOnOurOwnMeanRepeatValuesReproducesThePublishedEstimates() {
        List<SpendSummary> spends = CdnowData.CALIBRATION.summarize(CdnowData.samplePurchases()).stream()
                .filter(CustomerHistory::hasRepeatPurchases)
                .map(CustomerHistory::spend)
                .toList();

        assertThat(spends).hasSize(946);
        assertPublished(GammaGammaFitter.fit(spends));
    }

    private static void assertPublished(GammaGammaFit fit) {
        GammaGammaParameters p = fit.parameters();
        assertThat(fit.converged()).isTrue();
        assertThat(p.p()).isCloseTo(6.25, within(0.01));
        assertThat(p.q()).isCloseTo(3.74, within(0.01));
        assertThat(p.gamma()).isCloseTo(15.44, within(0.02));
    }
}
