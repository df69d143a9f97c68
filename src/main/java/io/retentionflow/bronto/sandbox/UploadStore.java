package io.retentionflow.bronto.sandbox;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every accepted call that adds contacts (addToList, addContacts, addOrUpdateContacts): the pace's sliding
 * window is computed from it, and tests read it as the witness that the client never went over the pace.
 */
@Repository
@Profile("sandbox")
public class UploadStore {

    /** One accepted call: its operation, and its list for an addToList (none for a contact write). */
    public record Upload(long id, OffsetDateTime uploadedAt, String operation, String listId, int submitted, int added) {
    }

    private final JdbcClient jdbc;

    public UploadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises pacing across every node sharing the database, until the caller's transaction ends. */
    void lockAccount() {
        jdbc.sql("select id from sandbox_account where id = 1 for update").query(Long.class).single();
    }

    long submittedSince(OffsetDateTime exclusiveStart) {
        return jdbc.sql("select coalesce(sum(submitted), 0) from sandbox_upload where uploaded_at > :since")
                .param("since", exclusiveStart)
                .query(Long.class)
                .single();
    }

    /** @return the record's id, for {@link #recordAdded} once the call's work is done */
    long record(OffsetDateTime at, String operation, Long listId, int submitted) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into sandbox_upload (uploaded_at, operation, list_id, submitted, added)
                values (:at, :operation, :listId, :submitted, 0)""")
                .param("at", at)
                .param("operation", operation)
                .param("listId", listId, Types.BIGINT)
                .param("submitted", submitted)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void recordAdded(long uploadId, int added) {
        jdbc.sql("update sandbox_upload set added = :added where id = :id").param("added", added).param("id", uploadId)
                .update();
    }

    /** Every accepted call, oldest first. */
    @Transactional(readOnly = true)
    public List<Upload> all() {
        return jdbc.sql("select id, uploaded_at, operation, list_id, submitted, added from sandbox_upload order by id")
                .query((rs, row) -> new Upload(rs.getLong("id"), rs.getObject("uploaded_at", OffsetDateTime.class),
                        rs.getString("operation"), listId(rs.getObject("list_id", Long.class)), rs.getInt("submitted"),
                        rs.getInt("added")))
                .list();
    }

    private static String listId(Long id) {
        return id == null ? null : SandboxId.LIST.format(id);
    }
}
