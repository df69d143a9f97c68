package io.retentionflow.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * One measured figure. A target is an upper bound (a time, a multiple), or a lower bound where more is better
 * (a pace, a throughput); a figure without a target (the parts of a split) is reported for explanation only.
 */
record Figure(String name, double value, String unit, Double target, boolean atLeast, String note) {

    /** A figure whose target is an upper bound, or none. */
    Figure(String name, double value, String unit, Double target, String note) {
        this(name, value, unit, target, false, note);
    }

    static Figure atLeast(String name, double value, String unit, double target, String note) {
        return new Figure(name, value, unit, target, true, note);
    }

    /** Measured over target: below 1 meets an upper bound, 1 or more meets a lower bound. */
    Double ratio() {
        return target == null ? null : value / target;
    }

    Boolean met() {
        return target == null ? null : atLeast ? value >= target : value <= target;
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
