package io.retentionflow.bronto.sandbox;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's budget of contacts per sliding minute across all calls that add contacts (to the account or to a list),
 * on every node. Checked and recorded
 * under a row lock in a short transaction of its own, before the call's work: the lock is held for milliseconds, so
 * concurrent calls do their work side by side as Bronto's would, and an accepted call counts even if its work then
 * fails, as it would at Bronto. A refused call leaves no trace.
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
     * @param listId the list of an addToList; none for a contact write
     * @return the id of the call's record in the upload witness
     * @throws PaceExceededException when accepting {@code submitted} contacts now would exceed the pace
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long admit(OffsetDateTime now, String operation, Long listId, int submitted) {
        uploads.lockAccount();
        if (properties.pacePerMinute() > 0) {
            long inWindow = uploads.submittedSince(now.minus(WINDOW));
            if (inWindow + submitted > properties.pacePerMinute()) {
                throw new PaceExceededException(submitted, inWindow, properties.pacePerMinute());
            }
        }
        return uploads.record(now, operation, listId, submitted);
    }
}
