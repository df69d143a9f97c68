package io.retentionflow.contacts;

import io.retentionflow.customers.ResultPage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contact syncs, newest first, with what became of their customers. */
@Service
public class ContactSyncHistory {

    /**
     * One sync; {@code summary} counts its customers by outcome so far. Not finished, it runs as long as its process
     * instance does (one cancelled in Cockpit is closed when the next sync begins).
     */
    public record Sync(long id, String processInstanceId, String requestedBy, boolean writes, OffsetDateTime startedAt,
            OffsetDateTime finishedAt, ContactSyncs.Summary summary) {}

    private record Row(long id, String processInstanceId, String requestedBy, boolean writes, OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {}

    private final JdbcClient jdbc;

    ContactSyncHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ResultPage<Sync> recent(int page, int size) {
        long total = jdbc.sql("select count(*) from contact_sync").query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                select id, process_instance_id, requested_by, writes, started_at, finished_at from contact_sync
                order by started_at desc, id desc offset :offset rows fetch next :size rows only""")
                .param("offset", (long) page * size).param("size", size)
                .query((rs, row) -> new Row(rs.getLong("id"), rs.getString("process_instance_id"),
                        rs.getString("requested_by"), rs.getBoolean("writes"),
                        utc(rs.getObject("started_at", OffsetDateTime.class)), utc(rs.getObject("finished_at", OffsetDateTime.class))))
                .list();
        Map<Long, Map<String, Long>> outcomes = rows.isEmpty() ? Map.of() : jdbc.sql("""
                select sync_id, coalesce(outcome, 'pending') as outcome, count(*) as customers from contact_sync_item
                where sync_id in (:ids) group by sync_id, coalesce(outcome, 'pending')""")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, row) -> new Object[] {rs.getLong("sync_id"), rs.getString("outcome"), rs.getLong("customers")})
                .list().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.toMap(r -> (String) r[1], r -> (Long) r[2])));
        return new ResultPage<>(rows.stream().map(row -> {
            Map<String, Long> counts = outcomes.getOrDefault(row.id(), Map.of());
            return new Sync(row.id(), row.processInstanceId(), row.requestedBy(), row.writes(), row.startedAt(),
                    row.finishedAt(),
                    new ContactSyncs.Summary(row.id(), counts.values().stream().mapToLong(Long::longValue).sum(), counts));
        }).toList(), page, size, total);
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
