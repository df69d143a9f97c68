package io.retentionflow.modeling;

/** The one check every model parameter shares. */
final class Positive {

    private Positive() {
    }

    static void require(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
        }
    }
}
