package io.retentionflow.targeting;

/** What kind of value a rule field holds, which decides the operators and values it accepts. */
public enum FieldType {
    /** Compared as numbers; values must be JSON numbers. */
    NUMBER,
    /** Compared without regard to case; values must be JSON strings. */
    TEXT,
    /** One of a fixed set of lower-case codes (lifecycle stage, value tier). */
    CHOICE
}
