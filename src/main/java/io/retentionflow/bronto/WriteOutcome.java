package io.retentionflow.bronto;

import java.util.List;

/** The per-object outcomes of one write call, one for each object sent, in the order sent. */
public record WriteOutcome(List<ObjectOutcome> outcomes) {

    public WriteOutcome {
        outcomes = List.copyOf(outcomes);
    }

    public List<ObjectOutcome> failures() {
        return outcomes.stream().filter(o -> !o.succeeded()).toList();
    }

    public long successCount() {
        return outcomes.stream().filter(ObjectOutcome::succeeded).count();
    }

    /** The outcome of a call that sent exactly one object. */
    public ObjectOutcome single() {
        if (outcomes.size() != 1) {
            throw new IllegalStateException("expected one outcome, got " + outcomes.size());
        }
        return outcomes.get(0);
    }
}
