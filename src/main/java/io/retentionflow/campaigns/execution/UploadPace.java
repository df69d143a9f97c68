package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.execution.SlidingWindowPace.Reservation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
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

    public UploadPace(JdbcClient jdbc, UploadPaceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.pace = new SlidingWindowPace(properties.pacePerMinute(),
                Duration.ofMinutes(1).plus(properties.paceMargin()));
        this.clock = clock;
    }

    /**
     * Reserves a slot for {@code contacts} and returns the instant from which they may be sent. The row lock
     * is held until the caller's transaction commits, so two nodes never take the same room in a window; a
     * reservation rolled back with its job frees its room.
     *
     * @throws IllegalArgumentException for a batch larger than a whole minute's budget
     */
    @Transactional
    public Instant reserve(int contacts) {
        jdbc.sql("select account from bronto_upload_pace where account = :account for update")
                .param("account", ACCOUNT).query(String.class).single();
        Instant now = ceilToMicros(clock.instant());
        List<Reservation> recent = jdbc.sql("""
                select reserved_at, contacts from bronto_upload_reservation
                where account = :account and reserved_at > :since order by reserved_at desc, id desc""")
                .param("account", ACCOUNT).param("since", utc(now.minus(pace.window())))
                .query((rs, row) -> new Reservation(rs.getObject("reserved_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("contacts")))
                .list();
        Instant at = pace.next(now, recent, contacts);
        jdbc.sql("insert into bronto_upload_reservation (account, reserved_at, contacts) values (:account, :at, :contacts)")
                .param("account", ACCOUNT).param("at", utc(at)).param("contacts", contacts).update();
        jdbc.sql("delete from bronto_upload_reservation where account = :account and reserved_at < :before")
                .param("account", ACCOUNT).param("before", utc(now.minus(pace.window()).minus(KEPT))).update();
        return at;
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
