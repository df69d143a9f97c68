package io.retentionflow.bronto.sandbox;

/**
 * An addToList that would take the account over its contacts-per-minute pace. Answered with HTTP 503, not a SOAP
 * fault: Bronto's own clients retried "Service Temporarily Unavailable".
 */
public class PaceExceededException extends RuntimeException {

    public PaceExceededException(int submitted, long inWindow, int pacePerMinute) {
        super("addToList of " + submitted + " contacts refused: " + inWindow + " already accepted in the last minute, pace "
                + pacePerMinute + "/min");
    }
}
