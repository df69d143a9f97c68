package io.retentionflow.bronto;

/** Bronto understood a request and refused all of it, with one of its request or object codes. */
public final class BrontoRejectedException extends BrontoException {

    public BrontoRejectedException(int code, String message) {
        super(code, message, null);
    }
}
