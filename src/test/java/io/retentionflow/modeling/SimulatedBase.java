package io.retentionflow.modeling;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Customers drawn from the BG/NBD and Gamma-Gamma story itself, so a fit can be checked against
 * the parameters that generated the data.
 *
 * <p>Each customer gets a rate λ ~ Gamma(r, 1/alpha) and a drop-out probability p ~ Beta(a, b), and
 * is observed for T ~ Uniform(minT, maxT) after a first purchase at time 0. Repeat purchases arrive
 * with exponential gaps of rate λ until T; after each repeat purchase the customer drops out with
 * probability p (the first purchase never ends a life, which is what makes (1 − p)^x the survival
 * term of the likelihood). Spend: ν ~ Gamma(q, 1/gamma) per customer, each transaction
 * Gamma(p, 1/ν).
 */
final class SimulatedBase {

    record Customer(CustomerSummary summary, double meanRepeatValue) {
    }

    private SimulatedBase() {
    }

    static List<Customer> draw(int customers, BgNbdParameters bgNbd, GammaGammaParameters spend, double minT,
            double maxT, long seed) {
        RandomGenerator random = new Well19937c(seed);
        GammaDistribution rates = new GammaDistribution(random, bgNbd.r(), 1 / bgNbd.alpha());
        BetaDistribution dropOuts = new BetaDistribution(random, bgNbd.a(), bgNbd.b());
        GammaDistribution spendScales = new GammaDistribution(random, spend.q(), 1 / spend.gamma());
        List<Customer> base = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            double lambda = rates.sample();
            double p = dropOuts.sample();
            double T = minT + (maxT - minT) * random.nextDouble();
            int x = 0;
            double tx = 0;
            double t = -Math.log(1 - random.nextDouble()) / lambda;
            while (t <= T) {
                x++;
                tx = t;
                if (random.nextDouble() < p) {
                    break;
                }
                t += -Math.log(1 - random.nextDouble()) / lambda;
            }
            double meanValue = 0;
            if (x > 0) {
                GammaDistribution values = new GammaDistribution(random, spend.p(), 1 / spendScales.sample());
                for (int k = 0; k < x; k++) {
                    meanValue += values.sample();
                }
                meanValue /= x;
            }
            base.add(new Customer(new CustomerSummary(x, tx, T), meanValue));
        }
        return base;
    }
}
