package io.retentionflow.bronto.sandbox;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How a delivery's numbers grow with sandbox time after its start. Each delivery draws its own targets from a
 * generator seeded by its id (bounce 1-4 %, opens 15-35 % of deliveries, clicks 8-25 % of openers), so an A/B pair
 * differs, yet the same delivery gives the same numbers at the same elapsed time on any node, after any restart.
 * Sends ramp up over the sending time; opens and clicks saturate over about three days.
 */
final class SimulatedMetricsModel {

    /** Opens reach 1 - e^-4 (98 %) of their target after four of these: about three days. */
    static final Duration OPEN_TIME_CONSTANT = Duration.ofHours(18);

    private final double bounceRate;
    private final double hardShare;
    private final double softShare;
    private final double openRate;
    private final double clickOfOpenRate;
    private final double opensPerOpener;
    private final double clicksPerClicker;

    SimulatedMetricsModel(long deliveryId) {
        SplittableRandom random = new SplittableRandom(deliveryId * 0x9E3779B97F4A7C15L);
        this.bounceRate = random.nextDouble(0.01, 0.04);
        this.hardShare = random.nextDouble(0.35, 0.55);
        this.softShare = random.nextDouble(0.30, 0.45);
        this.openRate = random.nextDouble(0.15, 0.35);
        this.clickOfOpenRate = random.nextDouble(0.08, 0.25);
        this.opensPerOpener = random.nextDouble(1.2, 1.8);
        this.clicksPerClicker = random.nextDouble(1.1, 1.6);
    }

    /**
     * @param recipients who the delivery (or one list's share) reaches in all
     * @param elapsed    sandbox time since the start; negative means not started
     */
    SimulatedMetrics at(long recipients, Duration elapsed) {
        if (elapsed.isNegative() || recipients == 0) {
            return new SimulatedMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        double sendingProgress = Math.min(1.0, (double) elapsed.toMillis() / SimulatedDeliveryStatus.SENDING_TIME.toMillis());
        long sends = Math.round(recipients * sendingProgress);
        long bounces = Math.round(sends * bounceRate);
        long hard = Math.round(bounces * hardShare);
        long soft = Math.min(bounces - hard, Math.round(bounces * softShare));
        long other = bounces - hard - soft;
        long deliveries = sends - bounces;
        double openProgress = 1.0 - Math.exp(-(double) elapsed.toMillis() / OPEN_TIME_CONSTANT.toMillis());
        long uniqOpens = (long) Math.floor(deliveries * openRate * openProgress);
        long uniqClicks = (long) Math.floor(uniqOpens * clickOfOpenRate);
        return new SimulatedMetrics(sends, deliveries,
                share(hard, 0.6), share(hard, 0.3), hard - share(hard, 0.6) - share(hard, 0.3),
                share(soft, 0.5), share(soft, 0.3), soft - share(soft, 0.5) - share(soft, 0.3),
                other, uniqOpens, (long) Math.floor(uniqOpens * opensPerOpener),
                uniqClicks, (long) Math.floor(uniqClicks * clicksPerClicker));
    }

    private static long share(long total, double fraction) {
        return (long) Math.floor(total * fraction);
    }
}
