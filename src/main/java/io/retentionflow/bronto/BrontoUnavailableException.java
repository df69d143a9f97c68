package io.retentionflow.bronto;

/**
 * Bronto could not be reached or did not answer properly: a timeout, HTTP 503 or another 5xx,
 * faults 101/108/113, or an answer that is not the contract's. The same call may work later, so
 * callers let it retry with back-off (in the process, a job retry and then an incident).
 */
public final class BrontoUnavailableException extends BrontoException {

    public BrontoUnavailableException(int code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
