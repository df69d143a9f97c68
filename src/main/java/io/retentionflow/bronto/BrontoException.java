package io.retentionflow.bronto;

/**
 * Something went wrong talking to Bronto. The subclass says what to do about it; {@link #code()}
 * is Bronto's own error code, or 0 when Bronto never answered with one (a timeout, an HTTP error,
 * an answer that is not SOAP). Messages never contain the API token.
 */
public abstract sealed class BrontoException extends RuntimeException
        permits BrontoUnavailableException, BrontoAuthenticationException, BrontoRejectedException {

    private final int code;

    protected BrontoException(int code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
