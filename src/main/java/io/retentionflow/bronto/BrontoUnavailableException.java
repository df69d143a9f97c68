package io.retentionflow.bronto;

import org.springframework.ws.client.WebServiceTransportException;

/**
 * Bronto could not be reached or did not answer properly: a timeout, HTTP 503 or another 5xx,
 * faults 101/108/113, or an answer that is not the contract's. The same call may work later, so
 * callers let it retry with back-off (in the process, a job retry and then an incident).
 */
public final class BrontoUnavailableException extends BrontoException {

    public BrontoUnavailableException(int code, String message, Throwable cause) {
        super(code, message, cause);
    }

    /**
     * Whether Bronto answered the call with a fault or an HTTP error, so it changed nothing. False when the answer was
     * lost (a timeout, a reset connection) or could not be read: the call may have been carried out.
     */
    public boolean answeredWithoutApplying() {
        return code() != 0 || getCause() instanceof WebServiceTransportException;
    }
}
