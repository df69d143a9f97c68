package io.retentionflow.bronto.sandbox;

/** A delivery's (or one list's share of it) counters and rates at one moment; rates are fractions, not percent. */
record SimulatedMetrics(long sends, long deliveries, long hardBadEmail, long hardDestUnreach, long hardMessageContent,
        long softBadEmail, long softDestUnreach, long softMessageContent, long otherBounces, long uniqOpens,
        long numOpens, long uniqClicks, long numClicks) {

    long hardBounces() {
        return hardBadEmail + hardDestUnreach + hardMessageContent;
    }

    long softBounces() {
        return softBadEmail + softDestUnreach + softMessageContent;
    }

    long bounces() {
        return hardBounces() + softBounces() + otherBounces;
    }

    double deliveryRate() {
        return ratio(deliveries, sends);
    }

    double openRate() {
        return ratio(uniqOpens, deliveries);
    }

    /** Bronto's UI defines click rate as unique clicks over unique opens. */
    double clickRate() {
        return ratio(uniqClicks, uniqOpens);
    }

    double clickThroughRate() {
        return ratio(uniqClicks, deliveries);
    }

    double bounceRate() {
        return ratio(bounces(), sends);
    }

    double avgOpens() {
        return ratio(numOpens, uniqOpens);
    }

    double avgClicks() {
        return ratio(numClicks, uniqClicks);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
