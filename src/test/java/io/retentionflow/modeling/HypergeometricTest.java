package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/** 2F1 against closed forms (Abramowitz and Stegun 15.1) and its own transformation identities. */
class HypergeometricTest {

    private static final double[] ZS = {-0.9, -0.5, 0.0, 0.1, 0.5, 0.9, 0.99};

    @Test
    void oneOneTwoIsTheLogarithm() {
        for (double z : ZS) {
            double expected = z == 0 ? 1 : -Math.log(1 - z) / z;
            assertThat(Hypergeometric.hyp2f1(1, 1, 2, z)).isCloseTo(expected, within(1e-13 * expected));
        }
    }

    @Test
    void cEqualToBIsABinomialPower() {
        for (double z : ZS) {
            double expected = Math.pow(1 - z, -0.37);
            assertThat(Hypergeometric.hyp2f1(0.37, 2.5, 2.5, z)).isCloseTo(expected, within(1e-13 * expected));
        }
    }

    @Test
    void halfHalfThreeHalvesIsTheArcSine() {
        for (double w : new double[] {0.1, 0.5, 0.9, 0.99}) {
            double expected = Math.asin(w) / w;
            assertThat(Hypergeometric.hyp2f1(0.5, 0.5, 1.5, w * w)).isCloseTo(expected, within(1e-12 * expected));
        }
    }

    @Test
    void halfOneThreeHalvesIsTheInverseHyperbolicTangent() {
        for (double w : new double[] {0.2, 0.7, 0.95}) {
            double expected = 0.5 * Math.log((1 + w) / (1 - w)) / w;
            assertThat(Hypergeometric.hyp2f1(0.5, 1, 1.5, w * w)).isCloseTo(expected, within(1e-12 * expected));
        }
    }

    @Test
    void aNegativeIntegerGivesAPolynomial() {
        double b = 1.7;
        double c = 3.2;
        double z = 0.6;
        double expected = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1));
        assertThat(Hypergeometric.hyp2f1(-2, b, c, z)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void nearOneItMatchesGausssSumAndItsDerivative() {
        // Gauss: 2F1(a, b; c; 1) = Γ(c)Γ(c−a−b) / (Γ(c−a)Γ(c−b)) for c − a − b > 0, and
        // d/dz 2F1(a, b; c; z) = (ab/c) 2F1(a+1, b+1; c+1; z); with c − a − b = 3 the first-order
        // Taylor expansion about z = 1 leaves an error of order (1 − z)^2
        double a = 0.5;
        double b = 0.5;
        double c = 4;
        double z = 0.9999;
        double expected = gauss(a, b, c) - (1 - z) * (a * b / c) * gauss(a + 1, b + 1, c + 1);
        assertThat(Hypergeometric.hyp2f1(a, b, c, z)).isCloseTo(expected, within(1e-7));
    }

    private static double gauss(double a, double b, double c) {
        return Math.exp(Gamma.logGamma(c) + Gamma.logGamma(c - a - b) - Gamma.logGamma(c - a) - Gamma.logGamma(c - b));
    }

    @Test
    void eulersTransformationHoldsForBgNbdShapedArguments() {
        // 2F1(A, B; C; z) = (1−z)^(C−A−B) 2F1(C−A, C−B; C; z), the identity BgNbdModel relies on
        double r = 0.243;
        double a = 0.793;
        double b = 2.426;
        for (double x : new double[] {0, 1, 7}) {
            for (double z : new double[] {0.05, 0.5, 0.9}) {
                double bigA = r + x;
                double bigB = b + x;
                double bigC = a + b + x - 1;
                double direct = Hypergeometric.hyp2f1(bigA, bigB, bigC, z);
                double euler = Math.pow(1 - z, bigC - bigA - bigB)
                        * Hypergeometric.hyp2f1(bigC - bigA, bigC - bigB, bigC, z);
                assertThat(euler).isCloseTo(direct, within(1e-11 * direct));
            }
        }
    }

    @Test
    void refusesArgumentsOutsideTheSeriesDomain() {
        assertThatThrownBy(() -> Hypergeometric.hyp2f1(1, 1, 2, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hypergeometric.hyp2f1(1, 1, -2, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
