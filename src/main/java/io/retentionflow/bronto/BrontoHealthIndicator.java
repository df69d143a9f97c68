package io.retentionflow.bronto;

import io.retentionflow.bronto.BrontoCalls.LastCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Whether Bronto answers this node: {@code bronto} in {@code /actuator/health}. It reports how this node's
 * last call to Bronto ended ({@link BrontoCalls}) and never signs in for a probe: load balancers probe every
 * few seconds, and each login would open a Bronto session. When the node has not called Bronto for a minute,
 * a probe starts one cheap read in the background (a list lookup, in a pooled session) and answers at once
 * with what it knew; UNKNOWN before any call.
 *
 * <p>Out of reach is {@link #UNAVAILABLE}, a status of the product's own, not DOWN: the overall status
 * aggregates only the statuses named in {@code management.endpoint.health.status.order}, which leaves it
 * out. An outage at Bronto is shared by every node and ridden out by job retries; it must not get nodes
 * taken out of a load balancer or restarted. Monitoring watches {@code /actuator/health/bronto} instead,
 * which answers 503 for it.
 */
@Component
@ConditionalOnEnabledHealthIndicator("bronto")
class BrontoHealthIndicator implements HealthIndicator {

    static final Status UNAVAILABLE = new Status("UNAVAILABLE", "Bronto cannot be used from this node");

    /** How old the last call may be before a probe checks again; also the least time between two checks. */
    static final Duration CHECK_AFTER = Duration.ofMinutes(1);

    /** No campaign list is named so (theirs are rf-plan-date-variant): the lookup is one call with an empty page. */
    static final String CHECK_LIST_NAME = "retention-flow-health-check";

    private final BrontoGateway bronto;
    private final BrontoCalls calls;
    private final Clock clock;
    private final Executor checks;
    private final AtomicReference<Instant> nextCheck = new AtomicReference<>(Instant.MIN);

    @Autowired
    BrontoHealthIndicator(BrontoGateway bronto, BrontoCalls calls, Clock clock) {
        this(bronto, calls, clock, daemonThreads());
    }

    BrontoHealthIndicator(BrontoGateway bronto, BrontoCalls calls, Clock clock, Executor checks) {
        this.bronto = bronto;
        this.calls = calls;
        this.clock = clock;
        this.checks = checks;
    }

    @Override
    public Health health() {
        Optional<LastCall> last = calls.last();
        Instant now = clock.instant();
        if (last.map(call -> call.at().isBefore(now.minus(CHECK_AFTER))).orElse(true)) {
            checkOnce(now);
        }
        return last.map(BrontoHealthIndicator::healthOf).orElseGet(() -> Health.unknown().build());
    }

    /** At most one check a minute, however many probes ask at once and however fast checks fail. */
    private void checkOnce(Instant now) {
        Instant due = nextCheck.get();
        if (now.isBefore(due) || !nextCheck.compareAndSet(due, now.plus(CHECK_AFTER))) {
            return;
        }
        checks.execute(() -> {
            try {
                bronto.findList(CHECK_LIST_NAME);
            } catch (BrontoException recorded) {
                // BrontoCalls keeps how the call ended; the next probe reports it
            }
        });
    }

    /** A refusal, even of the session, is an answer: Bronto is there. */
    private static Health healthOf(LastCall call) {
        Health.Builder health = switch (call.outcome()) {
            case SUCCESS, REJECTED, SESSION_EXPIRED -> Health.up();
            case UNAVAILABLE, AUTHENTICATION -> Health.status(UNAVAILABLE);
        };
        health.withDetail("operation", call.operation())
                .withDetail("outcome", call.outcome().tag())
                .withDetail("at", call.at().toString());
        if (call.code() != 0) {
            health.withDetail("code", call.code());
        }
        return health.build();
    }

    private static Executor daemonThreads() {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("bronto-health-");
        threads.setDaemon(true);
        return threads;
    }
}
