package io.retentionflow.modeling;

import java.util.stream.IntStream;

/**
 * Sums a per-row quantity over fixed-size chunks, in parallel when there are many rows.
 *
 * <p>The chunk boundaries depend only on the row count and the chunk sums are added in chunk
 * order, so the result is bit-for-bit the same however the threads are scheduled; an optimiser
 * comparing likelihoods must never see noise from the summation order.
 */
final class ChunkedSum {

    /** Large enough that a chunk outweighs the fork/join overhead many times over. */
    static final int CHUNK = 1 << 15;

    interface RangeSum {
        double sum(int from, int to);
    }

    private ChunkedSum() {
    }

    /** @return the sum, or −∞ if it is NaN (a likelihood outside its domain) */
    static double sum(int rows, RangeSum rangeSum) {
        int chunks = (rows + CHUNK - 1) / CHUNK;
        double[] partial = chunks <= 1
                ? new double[] {rangeSum.sum(0, rows)}
                : IntStream.range(0, chunks).parallel()
                        .mapToDouble(c -> rangeSum.sum(c * CHUNK, Math.min(rows, (c + 1) * CHUNK)))
                        .toArray();
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return Double.isNaN(total) ? Double.NEGATIVE_INFINITY : total;
    }
}
