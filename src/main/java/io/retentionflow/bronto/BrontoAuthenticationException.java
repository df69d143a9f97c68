package io.retentionflow.bronto;

/**
 * Bronto refused the account: a wrong or inactive token (102, 121), a missing permission (104),
 * an IP not allowed (111) or an inactive site. Nothing gets better by retrying until someone
 * fixes the account or the configuration.
 */
public final class BrontoAuthenticationException extends BrontoException {

    public BrontoAuthenticationException(int code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
