package io.retentionflow.bronto.sandbox;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's budget of contacts per sliding minute across all addToList calls, on every node. Checked and recorded
 * under a row lock in the caller's transaction, so two nodes cannot both take the last slot, and a refused call
 * leaves no trace.
 */
@Component
@Profile("sandbox")
public class UploadPace {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final UploadStore uploads;
    private final SandboxProperties properties;

    public UploadPace(UploadStore uploads, SandboxProperties properties) {
        this.uploads = uploads;
        this.properties = properties;
    }

    /**
     * Checking at each acceptance that the minute ending now stays within the pace bounds every sliding window: a
     * window's total can only grow when a call is accepted inside it.
     *
     * @throws PaceExceededException when accepting {@code submitted} contacts now would exceed the pace
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void admit(OffsetDateTime now, int submitted) {
        uploads.lockAccount();
        if (properties.pacePerMinute() <= 0) {
            return;
        }
        long inWindow = uploads.submittedSince(now.minus(WINDOW));
        if (inWindow + submitted > properties.pacePerMinute()) {
            throw new PaceExceededException(submitted, inWindow, properties.pacePerMinute());
        }
    }
}
