package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.Arm;

/**
 * Bronto refused one object of a campaign step (a delivery whose message is gone, 205; a bad From address,
 * 202; a start it will not take, 201; a list it will not make): a business outcome with Bronto's own code
 * and message, which the process turns into a BPMN error and a "fix campaign" task. Retrying does not help.
 */
public class BrontoRefusalException extends RuntimeException {

    private final long executionId;
    private final Arm variant;
    private final int code;
    private final String brontoMessage;

    public BrontoRefusalException(long executionId, Arm variant, String step, int code, String brontoMessage) {
        super("Bronto refused to %s for variant %s of execution %d: %d %s"
                .formatted(step, variant, executionId, code, brontoMessage));
        this.executionId = executionId;
        this.variant = variant;
        this.code = code;
        this.brontoMessage = brontoMessage;
    }

    public long executionId() {
        return executionId;
    }

    public Arm variant() {
        return variant;
    }

    /** Bronto's error code, e.g. 205 for a message that does not exist. */
    public int code() {
        return code;
    }

    public String brontoMessage() {
        return brontoMessage;
    }
}
