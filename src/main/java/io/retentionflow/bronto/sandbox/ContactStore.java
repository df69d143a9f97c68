package io.retentionflow.bronto.sandbox;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Contacts and their field values. Emails are stored lowercase: Bronto matched addresses case-insensitively. */
@Repository
@Profile("sandbox")
public class ContactStore {

    record Contact(long id, String email, String status, String msgPref, String source, OffsetDateTime createdAt,
            OffsetDateTime modifiedAt) {
    }

    record FieldValue(long contactId, long fieldId, String content) {
    }

    record Membership(long contactId, long listId) {
    }

    private static final String SELECT = """
            select c.id, c.email, c.status, c.msg_pref as msgPref, c.source, c.created_at as createdAt,
                   c.modified_at as modifiedAt
              from sandbox_contact c""";

    private final JdbcClient jdbc;

    public ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Contact> read(SqlFilter filter, Page page) {
        return jdbc.sql(SELECT + filter.where() + " order by c.id" + page.sql()).params(filter.params()).query(Contact.class).list();
    }

    Map<String, Contact> findByEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " where c.email in (:emails)").param("emails", emails).query(Contact.class).stream()
                .collect(Collectors.toMap(Contact::email, Function.identity()));
    }

    Map<Long, Contact> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " where c.id in (:ids)").param("ids", ids).query(Contact.class).stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
    }

    long add(String email, String status, String msgPref, String source, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sandbox_contact (email, status, msg_pref, source, created_at, modified_at)
                        values (:email, :status, :msgPref, :source, :now, :now)""")
                .param("email", email)
                .param("status", status)
                .param("msgPref", msgPref)
                .param("source", source)
                .param("now", now)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Never the status: Bronto's addOrUpdate leaves an unsubscribed or bounced contact as it is. */
    void update(long id, String email, String msgPref, OffsetDateTime now) {
        jdbc.sql("update sandbox_contact set email = :email, msg_pref = :msgPref, modified_at = :now where id = :id")
                .param("email", email)
                .param("msgPref", msgPref)
                .param("now", now)
                .param("id", id)
                .update();
    }

    void setField(long contactId, long fieldId, String content) {
        jdbc.sql("delete from sandbox_contact_field where contact_id = :contactId and field_id = :fieldId")
                .param("contactId", contactId)
                .param("fieldId", fieldId)
                .update();
        jdbc.sql("insert into sandbox_contact_field (contact_id, field_id, content) values (:contactId, :fieldId, :content)")
                .param("contactId", contactId)
                .param("fieldId", fieldId)
                .param("content", content)
                .update();
    }

    List<FieldValue> fieldValues(Collection<Long> contactIds, Collection<Long> fieldIds) {
        if (contactIds.isEmpty() || fieldIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select contact_id as contactId, field_id as fieldId, content from sandbox_contact_field
                         where contact_id in (:contactIds) and field_id in (:fieldIds) order by contact_id, field_id""")
                .param("contactIds", contactIds)
                .param("fieldIds", fieldIds)
                .query(FieldValue.class)
                .list();
    }

    List<Membership> memberships(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select contact_id as contactId, list_id as listId from sandbox_list_member where contact_id in (:ids) order by contact_id, list_id")
                .param("ids", contactIds)
                .query(Membership.class)
                .list();
    }
}
