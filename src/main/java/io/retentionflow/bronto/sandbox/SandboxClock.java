package io.retentionflow.bronto.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sandbox's notion of now: real time plus an offset that tests move forward. The offset lives in the database
 * so every node and every restart agrees on it. Sessions, pacing, delivery status and metrics all read this clock.
 */
@Component
@Profile("sandbox")
public class SandboxClock {

    private final JdbcClient jdbc;
    private final Clock realClock = Clock.systemUTC();

    public SandboxClock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Truncated to microseconds, the precision both databases store, so a value read back compares equal. */
    public OffsetDateTime now() {
        return at(realClock.instant());
    }

    /** A real instant on the sandbox's clock. */
    public OffsetDateTime at(Instant real) {
        return OffsetDateTime.ofInstant(real.plus(offset()), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public Duration offset() {
        return Duration.ofMillis(jdbc.sql("select offset_millis from sandbox_clock where id = 1").query(Long.class).single());
    }

    /** Only forward: moving back would let a delivery un-send and a full pacing window empty twice. */
    public OffsetDateTime advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("The sandbox clock only moves forward");
        }
        jdbc.sql("update sandbox_clock set offset_millis = offset_millis + :millis where id = 1")
                .param("millis", step.toMillis())
                .update();
        return now();
    }
}
