package io.retentionflow.modeling;

/** Quintile scores 1 (worst) to 5 (best); for recency, 5 is the most recent. */
public record RfmScore(int recency, int frequency, int monetary) {

    /** The conventional three-digit cell, e.g. "545". */
    public String cell() {
        return "" + recency + frequency + monetary;
    }
}
