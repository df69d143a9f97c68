package io.retentionflow.bronto;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/**
 * Bronto sessions, one per caller at a time: Bronto recommends a session per thread, so a thread
 * borrows an idle session (or signs in for a new one) and gives it back when its call is done.
 * Sessions idle for longer than Bronto keeps them are dropped instead of failing with fault 103.
 */
final class BrontoSessionPool {

    /** Bronto ends a session after 20 minutes without calls; a minute's margin covers clock skew and slow calls. */
    static final Duration MAX_IDLE = Duration.ofMinutes(19);

    private record IdleSession(String id, Instant idleSince) {}

    private final Deque<IdleSession> idle = new ConcurrentLinkedDeque<>();
    private final Clock clock;

    BrontoSessionPool(Clock clock) {
        this.clock = clock;
    }

    /** Most recently used first, so a quiet period leaves few sessions warm rather than many half-stale ones. */
    String borrow(Supplier<String> login) {
        Instant oldestUsable = clock.instant().minus(MAX_IDLE);
        IdleSession session;
        while ((session = idle.pollFirst()) != null) {
            if (session.idleSince().isAfter(oldestUsable)) {
                return session.id();
            }
        }
        return login.get();
    }

    void giveBack(String sessionId) {
        idle.offerFirst(new IdleSession(sessionId, clock.instant()));
    }

    int idleSessions() {
        return idle.size();
    }
}
