package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaModelTest {

    private final GammaGammaModel model = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44));

    @Test
    void aCustomerWithoutRepeatsGetsThePopulationMean() {
        // p·gamma/(q − 1) = 6.25 · 15.44 / 2.74
        assertThat(model.expectedTransactionValue(0, 0)).isCloseTo(35.2189781, within(1e-6));
    }

    @Test
    void aRepeatBuyersExpectationShrinksTheirMeanTowardsThePopulationMean() {
        // x = 2, m_x = 22.35: 6.25 · (15.44 + 44.70) / (12.5 + 2.74) = 375.875 / 15.24
        double expected = model.expectedTransactionValue(2, 22.35);
        assertThat(expected).isCloseTo(24.6637139, within(1e-6));
        assertThat(expected).isBetween(22.35, 35.22);
    }

    @Test
    void moreTransactionsMeanMoreWeightOnTheCustomersOwnMean() {
        double few = model.expectedTransactionValue(1, 100);
        double many = model.expectedTransactionValue(20, 100);
        assertThat(Math.abs(many - 100)).isLessThan(Math.abs(few - 100));
    }

    @Test
    void thePopulationMeanDoesNotExistForQAtMostOne() {
        assertThatThrownBy(() -> new GammaGammaParameters(1, 0.9, 1).populationMeanValue())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void likelihoodOfOneCustomerFollowsTheDensity() {
        // x = 1: m ~ Gamma(p, nu) mixed over nu ~ Gamma(q, gamma), a beta-prime density:
        // f(m) = m^(p−1) gamma^q / (B(p, q) (gamma + m)^(p+q))
        double p = 2;
        double q = 3;
        double gamma = 10;
        double m = 4;
        double betaPQ = 1.0 / 12; // Γ(2)Γ(3)/Γ(5) = 2/24
        double density = Math.pow(m, p - 1) * Math.pow(gamma, q) / (betaPQ * Math.pow(gamma + m, p + q));
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(List.of(new SpendSummary(1, m)));
        assertThat(likelihood.logLikelihood(new GammaGammaParameters(p, q, gamma)))
                .isCloseTo(Math.log(density), within(1e-12));
    }

    @Test
    void repeatedSpendsAddUpToExactlyTheSumOfEachCustomersLikelihood() {
        // the optimiser compares likelihoods: looking up repeated (x, m_x) pairs must not change a single bit
        List<SpendSummary> spends = List.of(new SpendSummary(1, 20), new SpendSummary(3, 41.5), new SpendSummary(1, 20),
                new SpendSummary(2, 20), new SpendSummary(3, 41.5), new SpendSummary(1, 20));
        GammaGammaParameters parameters = new GammaGammaParameters(6.25, 3.74, 15.44);
        double oneByOne = 0;
        for (SpendSummary spend : spends) {
            oneByOne += new GammaGammaLikelihood(List.of(spend)).logLikelihood(parameters);
        }
        assertThat(new GammaGammaLikelihood(spends).logLikelihood(parameters)).isEqualTo(oneByOne);
    }
}
