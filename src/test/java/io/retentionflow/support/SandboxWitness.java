package io.retentionflow.support;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the Bronto sandbox recorded, read from its own tables: the side of the contract the product does not
 * write, and so the witness of what really reached "Bronto".
 */
public final class SandboxWitness {

    /** One accepted call that adds contacts (to a list or to the account): when, and how many contacts it carried. */
    public record Upload(OffsetDateTime at, int contacts) {}

    private final JdbcClient jdbc;

    public SandboxWitness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The addresses on the sandbox list of that name. */
    public Set<String> members(String listName) {
        return new HashSet<>(jdbc.sql("""
                select c.email from sandbox_list l
                join sandbox_list_member m on m.list_id = l.id
                join sandbox_contact c on c.id = m.contact_id
                where l.name = :name""").param("name", listName).query(String.class).list());
    }

    /** Deliveries, not cancelled, that send to the list of that name. */
    public long deliveriesTo(String listName) {
        return jdbc.sql("""
                select count(distinct d.id) from sandbox_delivery d
                join sandbox_delivery_target t on t.delivery_id = d.id and t.recipient_type = 'list'
                join sandbox_list l on l.id = t.recipient_ref
                where l.name = :name and not d.cancelled""").param("name", listName).query(Long.class).single();
    }

    /** Contacts newly added to the list over all its uploads: a resent batch adds nobody twice. */
    public long addedTo(String listName) {
        return jdbc.sql("""
                select coalesce(sum(u.added), 0) from sandbox_upload u join sandbox_list l on l.id = u.list_id
                where l.name = :name""").param("name", listName).query(Long.class).single();
    }

    public List<Upload> uploads() {
        return jdbc.sql("select uploaded_at, submitted from sandbox_upload order by uploaded_at, id")
                .query((rs, row) -> new Upload(rs.getObject(1, OffsetDateTime.class), rs.getInt(2))).list();
    }

    /** The most contacts the sandbox accepted within any {@code window} (each window starting at an upload). */
    public static long mostInAnyWindow(List<Upload> uploads, Duration window) {
        long most = 0;
        long inWindow = 0;
        int first = 0;
        for (Upload upload : uploads) {
            inWindow += upload.contacts();
            while (!uploads.get(first).at().isAfter(upload.at().minus(window))) {
                inWindow -= uploads.get(first).contacts();
                first++;
            }
            most = Math.max(most, inWindow);
        }
        return most;
    }

    /**
     * How close the uploads came to the pace. With at most {@code perMinute} in any minute, the last of
     * {@code total} contacts can go at best {@code floor((total − 1) ÷ perMinute)} minutes after the first
     * (the first minute's allowance goes at once); this is that time over the time the last upload really came
     * after the first. 1.0 is the pace exactly.
     */
    public static double paceEfficiency(List<Upload> uploads, long perMinute) {
        long total = uploads.stream().mapToLong(Upload::contacts).sum();
        Duration took = Duration.between(uploads.get(0).at(), uploads.get(uploads.size() - 1).at());
        double best = (double) ((total - 1) / perMinute) * 60_000;
        return best / took.toMillis();
    }
}
