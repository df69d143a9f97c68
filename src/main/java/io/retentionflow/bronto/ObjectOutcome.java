package io.retentionflow.bronto;

import java.util.Optional;

/**
 * What Bronto did with one object of a write call: {@code index} is the object's position in the
 * request; {@code id} the Bronto id on success; {@code errorCode} 0 on success, else Bronto's code.
 */
public record ObjectOutcome(int index, String id, boolean created, int errorCode, String errorMessage) {

    public boolean succeeded() {
        return errorCode == 0;
    }

    public Optional<BrontoErrorCode> error() {
        return succeeded() ? Optional.empty() : BrontoErrorCode.of(errorCode);
    }
}
