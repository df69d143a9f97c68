package io.retentionflow.bronto.sandbox;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who is on which list. Every method is one set-based statement over up to 5,000 contacts, so a full addToList costs
 * a handful of round trips, not one per contact. The contacts travel as one array parameter ({@code = any(?)}, which
 * H2 and PostgreSQL both take): an IN list of 5,000 placeholders cost more to parse and bind than the work itself.
 */
@Repository
@Profile("sandbox")
public class MembershipStore {

    private final JdbcClient jdbc;

    public MembershipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> contactIdsByEmail(Collection<String> emails) {
        Map<String, Long> ids = new HashMap<>();
        if (!emails.isEmpty()) {
            jdbc.sql("select id, email from sandbox_contact where email = any(:emails)")
                    .param("emails", emails.toArray(String[]::new))
                    .query(rs -> {
                        ids.put(rs.getString("email"), rs.getLong("id"));
                    });
        }
        return ids;
    }

    Set<Long> existingContacts(Collection<Long> contactIds) {
        return contactIds.isEmpty() ? Set.of()
                : new HashSet<>(jdbc.sql("select id from sandbox_contact where id = any(:ids)").param("ids", contactIds.toArray(Long[]::new))
                        .query(Long.class).list());
    }

    Set<Long> membersAmong(long listId, Collection<Long> contactIds) {
        return contactIds.isEmpty() ? Set.of()
                : new HashSet<>(jdbc.sql("select contact_id from sandbox_list_member where list_id = :listId and contact_id = any(:ids)")
                        .param("listId", listId)
                        .param("ids", contactIds.toArray(Long[]::new))
                        .query(Long.class).list());
    }

    /** @param contactIds existing contacts not yet on the list */
    void add(long listId, Collection<Long> contactIds, OffsetDateTime now) {
        if (contactIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into sandbox_list_member (list_id, contact_id, added_at)
                        select :listId, c.id, :now from sandbox_contact c where c.id = any(:ids)""")
                .param("listId", listId)
                .param("now", now)
                .param("ids", contactIds.toArray(Long[]::new))
                .update();
    }

    void remove(long listId, Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return;
        }
        jdbc.sql("delete from sandbox_list_member where list_id = :listId and contact_id = any(:ids)")
                .param("listId", listId)
                .param("ids", contactIds.toArray(Long[]::new))
                .update();
    }
}
