package io.retentionflow.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * One measured figure. Every target of the suite is an upper bound; a figure without a target
 * (the parts of a split) is reported for explanation only.
 */
record Figure(String name, double value, String unit, Double target, String note) {

    Double ratio() {
        return target == null ? null : value / target;
    }

    Boolean met() {
        return target == null ? null : value <= target;
    }

    /** The median of repeated runs: one slow run on a shared machine moves it little. */
    static double median(List<Double> runs) {
        double[] sorted = runs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static String describe(List<Double> runs) {
        return runs.size() + " runs " + Arrays.toString(runs.stream().mapToLong(Math::round).toArray());
    }
}
