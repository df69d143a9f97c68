package io.retentionflow.campaigns.execution;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.retentionflow.campaigns.execution.SlidingWindowPace.Reservation;
import io.retentionflow.system.MeterNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cluster-wide upload budget of the Bronto account ({@code bronto.pace-per-minute}, kept in the
 * database): a batch reserves the instant at which it may upload, the process waits on a BPMN timer
 * until then, and uploads. Nothing sleeps in a job. The rule is {@link SlidingWindowPace}'s, over the
 * reservations of every node, serialised by a lock on the account's row.
 *
 * <p>The bean has its own name because the sandbox has an {@code UploadPace} of its own: the other side
 * of the wire, which refuses what this one should never send.
 */
@Service("campaignUploadPace")
public class UploadPace {

    /** The product talks to one Bronto account; the table has room for more. */
    static final String ACCOUNT = "default";
    /** Reservations this far behind the window are no use to anyone and are dropped as new ones are made. */
    private static final Duration KEPT = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final SlidingWindowPace pace;
    private final Clock clock;
    private final Timer waits;

    public UploadPace(JdbcClient jdbc, UploadPaceProperties properties, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.pace = new SlidingWindowPace(properties.pacePerMinute(),
                Duration.ofMinutes(1).plus(properties.paceMargin()));
        this.clock = clock;
        this.waits = Timer.builder(MeterNames.PACE_WAIT)
                .description("How long upload batches wait for their slot in Bronto's pace")
                .register(meters);
    }

    /** A batch's place in the budget: its reservation and the instant from which it may be sent. */
    public record Slot(long reservation, Instant at) {}

    /**
     * Reserves a slot for {@code contacts} and returns the instant from which they may be sent. The row lock
     * is held until the caller's transaction commits, so two nodes never take the same room in a window; a
     * reservation rolled back with its job frees its room (its wait is measured all the same).
     *
     * @throws IllegalArgumentException for a batch larger than a whole minute's budget
     */
    @Transactional
    public Slot reserve(int contacts) {
        lockAccount();
        Instant now = ceilToMicros(clock.instant());
        Instant at = pace.next(now, recent(now, false), contacts);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into bronto_upload_reservation (account, reserved_at, contacts) values (:account, :at, :contacts)")
                .param("account", ACCOUNT).param("at", utc(at)).param("contacts", contacts).update(key, "id");
        jdbc.sql("delete from bronto_upload_reservation where account = :account and reserved_at < :before")
                .param("account", ACCOUNT).param("before", utc(now.minus(pace.window()).minus(KEPT))).update();
        waits.record(Duration.between(now, at));
        return new Slot(key.getKey().longValue(), at);
    }

    /**
     * What {@link #start} decided: the reservation the batch now holds, and whether it is sent now or waits
     * until {@code later}.
     */
    public record Start(long reservation, Optional<Instant> later) {}

    /**
     * The batch is about to be sent: it may go now if the uploads that really started in the last window
     * leave room. A batch can start after its slot (its job waited for a thread, the batches before it took
     * their time), so the slots planned a minute ahead may no longer fit; the pace is kept over the starts.
     * Committed at once, so every node counts this start from now on. A start once made is never moved: its
     * call may have reached Bronto even if the job failed after it, so a retried batch takes a new row and the
     * old one counts until it leaves the window; a start that never reached Bronto only makes others wait.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Start start(long reservation, int contacts) {
        lockAccount();
        Instant now = ceilToMicros(clock.instant());
        Instant at = pace.next(now, recent(now, true), contacts);
        boolean startsNow = at.equals(now);
        int updated = jdbc.sql("""
                update bronto_upload_reservation set reserved_at = :at, started = :started
                where id = :id and account = :account and started = false""")
                .param("at", utc(at)).param("started", startsNow).param("id", reservation).param("account", ACCOUNT)
                .update();
        long held = reservation;
        if (updated == 0) {
            // a retry after a start, or a reservation cleared away long after its slot
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into bronto_upload_reservation (account, reserved_at, contacts, started)
                    values (:account, :at, :contacts, :started)""")
                    .param("account", ACCOUNT).param("at", utc(at)).param("contacts", contacts)
                    .param("started", startsNow).update(key, "id");
            held = key.getKey().longValue();
        }
        return new Start(held, startsNow ? Optional.empty() : Optional.of(at));
    }

    private void lockAccount() {
        jdbc.sql("select account from bronto_upload_pace where account = :account for update")
                .param("account", ACCOUNT).query(String.class).single();
    }

    /** The reservations in the window before {@code now}, newest first: all, or only those really started. */
    private List<Reservation> recent(Instant now, boolean startedOnly) {
        return jdbc.sql("""
                select reserved_at, contacts from bronto_upload_reservation
                where account = :account and reserved_at > :since and (started = true or :startedOnly = false)
                order by reserved_at desc, id desc""")
                .param("account", ACCOUNT).param("since", utc(now.minus(pace.window())))
                .param("startedOnly", startedOnly)
                .query((rs, row) -> new Reservation(rs.getObject("reserved_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("contacts")))
                .list();
    }

    /** Both databases keep microseconds; rounding up never moves an instant into a window it had left. */
    private static Instant ceilToMicros(Instant instant) {
        Instant truncated = instant.truncatedTo(ChronoUnit.MICROS);
        return truncated.equals(instant) ? instant : truncated.plus(1, ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
