package io.retentionflow.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The expected figures were computed independently with SciPy 1.17: {@code chi2_contingency(..., correction=False)}
 * for the p-value of two proportions (the χ² test of a 2×2 table is the square of the pooled z-test),
 * {@code ttest_ind(a, b, equal_var=False)} and its {@code confidence_interval(0.95)} for Welch, and the normal
 * quantiles of {@code scipy.stats.norm} for the Wald interval and Fleiss's sample size (686 per group for
 * 10 % against 15 %, the value the textbooks give).
 */
class StatisticalTestsTest {

    private final ProportionTest proportions = new ProportionTest(0.05);
    private final WelchTest welch = new WelchTest(0.05);

    @Test
    void twoProportionsAgreeWithTheChiSquaredTestAndTheWaldInterval() {
        Comparison c = proportions.compare(120, 1000, 90, 1000);

        assertThat(c.first()).isEqualTo(0.12);
        assertThat(c.second()).isEqualTo(0.09);
        assertThat(c.difference()).isCloseTo(0.03, within(1e-12));
        assertThat(c.pValue()).isCloseTo(0.0286502403984, within(1e-9));
        assertThat(c.lower()).isCloseTo(0.00316208784424, within(1e-9));
        assertThat(c.upper()).isCloseTo(0.0568379121558, within(1e-9));
        assertThat(c.significant()).isTrue();
    }

    @Test
    void unequalGroupsWithASmallDifferenceAreNotSignificant() {
        Comparison c = proportions.compare(52, 400, 47, 410);

        assertThat(c.pValue()).isCloseTo(0.504435675338, within(1e-9));
        assertThat(c.lower()).isCloseTo(-0.0297684312839, within(1e-9));
        assertThat(c.upper()).isCloseTo(0.060500138601, within(1e-9));
        assertThat(c.significant()).isFalse();
    }

    @Test
    void welchAgreesWithScipyOnSkewedSpend() {
        List<Double> mailed = List.of(0.0, 0.0, 0.0, 12.5, 0.0, 80.0, 0.0, 0.0, 33.1, 0.0, 0.0, 150.0, 0.0, 0.0, 0.0,
                9.99, 0.0, 0.0, 0.0, 41.0);
        List<Double> control = List.of(0.0, 0.0, 0.0, 0.0, 0.0, 20.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.5, 0.0,
                0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0);

        Comparison c = welch.compare(moments(mailed), moments(control));

        assertThat(c.difference()).isCloseTo((12.5 + 80 + 33.1 + 150 + 9.99 + 41) / 20 - 40.5 / 23, within(1e-12));
        assertThat(c.pValue()).isCloseTo(0.0998871381859, within(1e-9));
        assertThat(c.lower()).isCloseTo(-3.05021257806, within(1e-8));
        assertThat(c.upper()).isCloseTo(32.1874734476, within(1e-8));
        assertThat(c.significant()).isFalse();
    }

    @Test
    void theSampleSizeNeededIsFleisssFormula() {
        assertThat(proportions.sampleSizePerGroup(0.10, 0.15, 0.8)).hasValue(686);
        assertThat(proportions.sampleSizePerGroup(0.031, 0.034, 0.8)).hasValue(54843);
        assertThat(proportions.sampleSizePerGroup(0.2, 0.2, 0.8)).isEqualTo(OptionalLong.empty());
    }

    @Test
    void emptyOrConstantGroupsGiveNoVerdictRatherThanAFalseOne() {
        Comparison empty = proportions.compare(0, 0, 5, 100);
        assertThat(empty.defined()).isFalse();
        assertThat(empty.significant()).isFalse();

        Comparison nobodyBought = proportions.compare(0, 500, 0, 50);
        assertThat(nobodyBought.pValue()).isEqualTo(1);
        assertThat(nobodyBought.significant()).isFalse();

        Comparison single = welch.compare(moments(List.of(3.0)), moments(List.of(1.0, 2.0)));
        assertThat(single.defined()).isFalse();
        assertThat(single.significant()).isFalse();

        Comparison nobodySpent = welch.compare(moments(List.of(0.0, 0.0, 0.0)), moments(List.of(0.0, 0.0)));
        assertThat(nobodySpent.difference()).isZero();
        assertThat(nobodySpent.significant()).isFalse();
    }

    @Test
    void theVarianceFromMomentsIsExactWhereDoublesWouldCancel() {
        // Σx² − (Σx)²/n in doubles loses every digit here; the decimal sums keep them
        List<Double> values = List.of(1_000_000_000.01, 1_000_000_000.02, 1_000_000_000.03);
        assertThat(moments(values).variance()).isCloseTo(0.0001, within(1e-12));
    }

    @Test
    void impossibleInputIsRefused() {
        assertThatThrownBy(() -> proportions.compare(11, 10, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proportions.compare(-1, 10, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProportionTest(0.7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WelchTest(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proportions.sampleSizePerGroup(0.1, 0.2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SampleMoments moments(List<Double> values) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        for (double value : values) {
            BigDecimal v = BigDecimal.valueOf(value);
            sum = sum.add(v);
            squares = squares.add(v.multiply(v));
        }
        return new SampleMoments(values.size(), sum, squares);
    }
}
