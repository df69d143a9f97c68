package io.retentionflow.bronto.sandbox;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Message folders and messages (the templates a delivery sends). */
@Repository
@Profile("sandbox")
public class MessageStore {

    record Folder(long id, String name, Long parentId, String parentName) {
    }

    record Message(long id, long folderId, String name, String subject, String htmlContent, String textContent) {
    }

    private static final String FOLDER_SELECT = """
            select f.id, f.name, f.parent_id, p.name as parent_name
              from sandbox_message_folder f left join sandbox_message_folder p on p.id = f.parent_id""";
    private static final String MESSAGE_SELECT =
            "select m.id, m.folder_id as folderId, m.name, m.subject, m.html_content as htmlContent, m.text_content as textContent"
                    + " from sandbox_message m";

    private final JdbcClient jdbc;

    public MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Folder> readFolders(SqlFilter filter, Page page) {
        return jdbc.sql(FOLDER_SELECT + filter.where() + " order by f.id" + page.sql())
                .params(filter.params())
                .query((rs, row) -> new Folder(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("parent_id", Long.class), rs.getString("parent_name")))
                .list();
    }

    List<Message> readMessages(SqlFilter filter, Page page) {
        return jdbc.sql(MESSAGE_SELECT + filter.where() + " order by m.id" + page.sql())
                .params(filter.params())
                .query(Message.class)
                .list();
    }

    Optional<Message> findMessage(long id) {
        return jdbc.sql(MESSAGE_SELECT + " where m.id = :id").param("id", id).query(Message.class).optional();
    }

    Optional<Long> findFolderId(String name) {
        return jdbc.sql("select id from sandbox_message_folder where name = :name").param("name", name).query(Long.class).optional();
    }

    long addFolder(String name) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into sandbox_message_folder (name) values (:name)").param("name", name).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void addMessage(long folderId, String name, String subject, String htmlContent, String textContent) {
        jdbc.sql("""
                        insert into sandbox_message (folder_id, name, subject, html_content, text_content)
                        values (:folderId, :name, :subject, :html, :text)""")
                .param("folderId", folderId)
                .param("name", name)
                .param("subject", subject)
                .param("html", htmlContent)
                .param("text", textContent)
                .update();
    }
}
