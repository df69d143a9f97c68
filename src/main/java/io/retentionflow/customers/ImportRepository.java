package io.retentionflow.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The import reports ({@code data_import}) and their rejected rows ({@code data_import_rejection}). */
@Repository
class ImportRepository {

    private static final int MAX_MESSAGE_LENGTH = 2000;
    private static final int MAX_FILE_NAME_LENGTH = 255;

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ImportReport create(ImportKind kind, ImportSource source, String fileName) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into data_import (kind, source, file_name, status, received_at)
                values (:kind, :source, :fileName, :status, :now)""")
                .param("kind", kind.wireName())
                .param("source", source.wireName())
                .param("fileName", cut(fileName == null || fileName.isBlank() ? "(no name)" : fileName, MAX_FILE_NAME_LENGTH))
                .param("status", ImportStatus.QUEUED.wireName())
                .param("now", now())
                .update(key, "id");
        return find(key.getKey().longValue()).orElseThrow();
    }

    void markRunning(long id) {
        jdbc.sql("update data_import set status = :status, started_at = :now where id = :id")
                .param("status", ImportStatus.RUNNING.wireName()).param("now", now()).param("id", id).update();
    }

    void progress(long id, long rowsRead) {
        jdbc.sql("update data_import set rows_read = :rows where id = :id").param("rows", rowsRead).param("id", id).update();
    }

    void complete(long id, ImportCounts counts) {
        jdbc.sql("""
                update data_import set status = :status, finished_at = :now, rows_read = :read, rows_imported = :imported,
                       rows_updated = :updated, rows_unchanged = :unchanged, rows_rejected = :rejected,
                       customers_without_email = :withoutEmail
                where id = :id""")
                .param("status", ImportStatus.COMPLETED.wireName())
                .param("now", now())
                .param("read", counts.rowsRead())
                .param("imported", counts.imported())
                .param("updated", counts.updated())
                .param("unchanged", counts.unchanged())
                .param("rejected", counts.rejected())
                .param("withoutEmail", counts.customersWithoutEmail())
                .param("id", id)
                .update();
    }

    /** Refused or failed: nothing of the file was imported, and the message says why. */
    void finishUnsuccessfully(long id, ImportStatus status, String message) {
        jdbc.sql("update data_import set status = :status, finished_at = :now, message = :message where id = :id")
                .param("status", status.wireName())
                .param("now", now())
                .param("message", cut(message, MAX_MESSAGE_LENGTH))
                .param("id", id)
                .update();
    }

    Optional<ImportReport> find(long id) {
        return jdbc.sql("select * from data_import where id = :id").param("id", id).query(ImportRepository::report).optional();
    }

    /** Newest first. */
    ResultPage<ImportReport> recent(int page, int size) {
        List<ImportReport> items = jdbc.sql("select * from data_import order by id desc offset :offset rows fetch next :size rows only")
                .param("offset", (long) page * size).param("size", size)
                .query(ImportRepository::report).list();
        long total = jdbc.sql("select count(*) from data_import").query(Long.class).single();
        return new ResultPage<>(items, page, size, total);
    }

    ResultPage<RowIssue> issues(long importId, int page, int size) {
        List<RowIssue> items = jdbc.sql("""
                select row_no, reason, row_kept from data_import_rejection where import_id = :id
                order by row_no offset :offset rows fetch next :size rows only""")
                .param("id", importId).param("offset", (long) page * size).param("size", size)
                .query((rs, n) -> new RowIssue(rs.getLong("row_no"), rs.getString("reason"), rs.getBoolean("row_kept")))
                .list();
        long total = jdbc.sql("select count(*) from data_import_rejection where import_id = :id")
                .param("id", importId).query(Long.class).single();
        return new ResultPage<>(items, page, size, total);
    }

    private static ImportReport report(ResultSet rs, int rowNum) throws SQLException {
        return new ImportReport(
                rs.getLong("id"),
                ImportKind.fromWireName(rs.getString("kind")),
                ImportSource.fromWireName(rs.getString("source")),
                rs.getString("file_name"),
                ImportStatus.fromWireName(rs.getString("status")),
                instant(rs, "received_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getLong("rows_read"),
                rs.getLong("rows_imported"),
                rs.getLong("rows_updated"),
                rs.getLong("rows_unchanged"),
                rs.getLong("rows_rejected"),
                rs.getLong("customers_without_email"),
                rs.getString("message"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
