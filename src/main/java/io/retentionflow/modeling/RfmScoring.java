package io.retentionflow.modeling;

import java.util.Arrays;
import java.util.List;

/**
 * RFM quintile scores over a customer base.
 *
 * <p>A customer's score on each dimension is 1 + floor(5 · w / n), where w is the number of
 * customers strictly worse on that dimension and n the base size. Ties therefore always share a
 * score, and the result depends neither on input order nor on a sort's tie-breaking; the price is
 * that heavily tied data (most customers with one purchase) fills fewer than five scores, which
 * is the honest answer, since splitting identical customers into different quintiles is arbitrary.
 */
public final class RfmScoring {

    private RfmScoring() {
    }

    /** Scores in the order of {@code values}. */
    public static List<RfmScore> score(List<RfmValues> values) {
        int n = values.size();
        // recency: fewer days is better, so negate to make "larger is better" hold for all three
        double[] recency = values.stream().mapToDouble(v -> -v.recencyDays()).toArray();
        double[] frequency = values.stream().mapToDouble(RfmValues::frequency).toArray();
        double[] monetary = values.stream().mapToDouble(RfmValues::monetary).toArray();
        int[] r = quintiles(recency);
        int[] f = quintiles(frequency);
        int[] m = quintiles(monetary);
        RfmScore[] scores = new RfmScore[n];
        for (int i = 0; i < n; i++) {
            scores[i] = new RfmScore(r[i], f[i], m[i]);
        }
        return List.of(scores);
    }

    /** 1 + floor(5 · #(strictly smaller) / n) for each value, larger values scoring higher. */
    static int[] quintiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] scores = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            long smaller = firstIndexNotBelow(sorted, values[i]);
            scores[i] = 1 + (int) (5 * smaller / values.length);
        }
        return scores;
    }

    private static int firstIndexNotBelow(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
