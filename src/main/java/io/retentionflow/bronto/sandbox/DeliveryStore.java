package io.retentionflow.bronto.sandbox;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Deliveries, the recipients they were given, and the frozen record of whom they reached. */
@Repository
@Profile("sandbox")
public class DeliveryStore {

    record Delivery(long id, long messageId, String deliveryType, OffsetDateTime startAt, String fromEmail,
            String fromName, String replyEmail, boolean cancelled, OffsetDateTime snapshotAt) {
    }

    /** A recipient as given: a list or contact, selected (sent to) or ineligible (excluded). */
    record Target(int targetOrder, String recipientType, long recipientRef, String selection) {
    }

    /** How many mailable contacts one selected list (or contact) contributed, counted once at the start. */
    record Share(long deliveryId, int targetOrder, String recipientType, long recipientRef, int recipients) {
    }

    static final String LIST = "list";
    static final String CONTACT = "contact";
    static final String SELECTED = "selected";
    static final String INELIGIBLE = "ineligible";

    private static final String SELECT = """
            select d.id, d.message_id as messageId, d.delivery_type as deliveryType, d.start_at as startAt,
                   d.from_email as fromEmail, d.from_name as fromName, d.reply_email as replyEmail, d.cancelled,
                   d.snapshot_at as snapshotAt
              from sandbox_delivery d""";

    private static final String EXCLUDED = """
            exists (select 1 from sandbox_delivery_target e join sandbox_list_member em on em.list_id = e.recipient_ref
                     where e.delivery_id = t.delivery_id and e.selection = 'ineligible' and e.recipient_type = 'list'
                       and em.contact_id = c.id)
            or exists (select 1 from sandbox_delivery_target e
                        where e.delivery_id = t.delivery_id and e.selection = 'ineligible' and e.recipient_type = 'contact'
                          and e.recipient_ref = c.id)""";

    /** A contact on several selected lists counts for the first of them only: Bronto sends one email per contact. */
    private static final String SNAPSHOT_LISTS = """
            insert into sandbox_delivery_share (delivery_id, target_order, recipient_type, recipient_ref, recipients)
            select t.delivery_id, t.target_order, t.recipient_type, t.recipient_ref,
                   (select count(*) from sandbox_list_member m join sandbox_contact c on c.id = m.contact_id
                     where m.list_id = t.recipient_ref and c.status in (:mailable)
                       and not (%s)
                       and not exists (select 1 from sandbox_delivery_target p
                                         join sandbox_list_member pm on pm.list_id = p.recipient_ref
                                        where p.delivery_id = t.delivery_id and p.selection = 'selected'
                                          and p.recipient_type = 'list' and p.target_order < t.target_order
                                          and pm.contact_id = c.id))
              from sandbox_delivery_target t
             where t.delivery_id = :id and t.selection = 'selected' and t.recipient_type = 'list'""".formatted(EXCLUDED);

    private static final String SNAPSHOT_CONTACTS = """
            insert into sandbox_delivery_share (delivery_id, target_order, recipient_type, recipient_ref, recipients)
            select t.delivery_id, t.target_order, t.recipient_type, t.recipient_ref,
                   (select count(*) from sandbox_contact c
                     where c.id = t.recipient_ref and c.status in (:mailable)
                       and not (%s)
                       and not exists (select 1 from sandbox_delivery_target p
                                         join sandbox_list_member pm on pm.list_id = p.recipient_ref
                                        where p.delivery_id = t.delivery_id and p.selection = 'selected'
                                          and p.recipient_type = 'list' and pm.contact_id = c.id)
                       and not exists (select 1 from sandbox_delivery_target p
                                        where p.delivery_id = t.delivery_id and p.selection = 'selected'
                                          and p.recipient_type = 'contact' and p.recipient_ref = c.id
                                          and p.target_order < t.target_order))
              from sandbox_delivery_target t
             where t.delivery_id = :id and t.selection = 'selected' and t.recipient_type = 'contact'""".formatted(EXCLUDED);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    public DeliveryStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Delivery> read(SqlFilter filter, Page page) {
        return jdbc.sql(SELECT + filter.where() + " order by d.id" + page.sql()).params(filter.params()).query(Delivery.class).list();
    }

    Optional<Delivery> find(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Delivery.class).optional();
    }

    long add(long messageId, String deliveryType, OffsetDateTime startAt, String fromEmail, String fromName,
            String replyEmail, List<Target> targets) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sandbox_delivery (message_id, delivery_type, start_at, from_email, from_name, reply_email, cancelled)
                        values (:messageId, :deliveryType, :startAt, :fromEmail, :fromName, :replyEmail, false)""")
                .param("messageId", messageId)
                .param("deliveryType", deliveryType)
                .param("startAt", startAt)
                .param("fromEmail", fromEmail)
                .param("fromName", fromName)
                .param("replyEmail", replyEmail)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        jdbcTemplate.batchUpdate("""
                        insert into sandbox_delivery_target (delivery_id, target_order, recipient_type, recipient_ref, selection)
                        values (?, ?, ?, ?, ?)""",
                targets.stream().map(target -> new Object[] {id, target.targetOrder(), target.recipientType(),
                        target.recipientRef(), target.selection()}).toList());
        return id;
    }

    Map<Long, List<Target>> targets(Collection<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select delivery_id, target_order, recipient_type, recipient_ref, selection from sandbox_delivery_target
                         where delivery_id in (:ids) order by delivery_id, target_order""")
                .param("ids", deliveryIds)
                .query((rs, row) -> Map.entry(rs.getLong("delivery_id"), new Target(rs.getInt("target_order"),
                        rs.getString("recipient_type"), rs.getLong("recipient_ref"), rs.getString("selection"))))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    Map<Long, List<Share>> shares(Collection<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select delivery_id as deliveryId, target_order as targetOrder, recipient_type as recipientType,
                               recipient_ref as recipientRef, recipients
                          from sandbox_delivery_share
                         where delivery_id in (:ids) order by delivery_id, target_order""")
                .param("ids", deliveryIds)
                .query(Share.class)
                .stream()
                .collect(Collectors.groupingBy(Share::deliveryId));
    }

    /**
     * Freezes who the delivery reaches, once: the row lock makes a second node wait and then find it done, so later
     * list changes or deletions never rewrite history.
     */
    void snapshotOnce(long id, OffsetDateTime now, Collection<String> mailableStatuses) {
        boolean pending = jdbc.sql("select id from sandbox_delivery where id = :id and snapshot_at is null for update")
                .param("id", id)
                .query(Long.class)
                .optional()
                .isPresent();
        if (!pending) {
            return;
        }
        jdbc.sql(SNAPSHOT_LISTS).param("id", id).param("mailable", mailableStatuses).update();
        jdbc.sql(SNAPSHOT_CONTACTS).param("id", id).param("mailable", mailableStatuses).update();
        jdbc.sql("update sandbox_delivery set snapshot_at = :now where id = :id").param("now", now).param("id", id).update();
    }

    void reschedule(long id, OffsetDateTime startAt) {
        jdbc.sql("update sandbox_delivery set start_at = :startAt where id = :id").param("startAt", startAt).param("id", id).update();
    }

    void cancel(long id) {
        jdbc.sql("update sandbox_delivery set cancelled = true where id = :id").param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from sandbox_delivery where id = :id").param("id", id).update();
    }
}
