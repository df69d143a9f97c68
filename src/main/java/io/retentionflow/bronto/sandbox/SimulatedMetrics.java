package io.retentionflow.bronto.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

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

    /**
     * Splits every counter over the parts in proportion to their weights (largest remainder, ties to the earlier part),
     * so the parts' counters add up exactly to these; each part's rates follow from its own counters.
     *
     * @param weights one per part, e.g. the recipients each list of a delivery contributed
     */
    List<SimulatedMetrics> apportion(List<Long> weights) {
        long[][] counters = {
                split(sends, weights), split(deliveries, weights), split(hardBadEmail, weights),
                split(hardDestUnreach, weights), split(hardMessageContent, weights), split(softBadEmail, weights),
                split(softDestUnreach, weights), split(softMessageContent, weights), split(otherBounces, weights),
                split(uniqOpens, weights), split(numOpens, weights), split(uniqClicks, weights), split(numClicks, weights)};
        List<SimulatedMetrics> parts = new ArrayList<>(weights.size());
        for (int i = 0; i < weights.size(); i++) {
            parts.add(new SimulatedMetrics(counters[0][i], counters[1][i], counters[2][i], counters[3][i], counters[4][i],
                    counters[5][i], counters[6][i], counters[7][i], counters[8][i], counters[9][i], counters[10][i],
                    counters[11][i], counters[12][i]));
        }
        return parts;
    }

    /** Largest-remainder apportionment of {@code total} by {@code weights}, in exact integer arithmetic. */
    static long[] split(long total, List<Long> weights) {
        long whole = weights.stream().mapToLong(Long::longValue).sum();
        long[] parts = new long[weights.size()];
        if (whole == 0) {
            return parts;
        }
        long[] remainders = new long[weights.size()];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = total * weights.get(i) / whole;
            remainders[i] = total * weights.get(i) % whole;
            given += parts[i];
        }
        long left = total - given;
        IntStream.range(0, parts.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> remainders[i]).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(left)
                .forEach(i -> parts[i]++);
        return parts;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
