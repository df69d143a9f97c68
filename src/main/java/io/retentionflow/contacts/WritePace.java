package io.retentionflow.contacts;

import java.time.Instant;
import java.util.Optional;

/**
 * The Bronto account's pace, as a batch that is about to write sees it: the contacts it writes claim their room in
 * the minute, or the instant from which there will be room.
 */
@FunctionalInterface
public interface WritePace {

    /** Empty: write now; else wait until then and try again. */
    Optional<Instant> claim(int contacts);
}
