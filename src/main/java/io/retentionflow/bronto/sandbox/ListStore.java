package io.retentionflow.bronto.sandbox;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Mail lists. Deleting one removes its members with it; deliveries keep their own record of who was sent to. */
@Repository
@Profile("sandbox")
public class ListStore {

    record MailList(long id, String name, String label, String visibility, long activeCount) {
    }

    private static final String SELECT = """
            select l.id, l.name, l.label, l.visibility,
                   (select count(*) from sandbox_list_member m where m.list_id = l.id) as activeCount
              from sandbox_list l""";

    private final JdbcClient jdbc;

    public ListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MailList> read(SqlFilter filter, Page page) {
        return jdbc.sql(SELECT + filter.where() + " order by l.id" + page.sql()).params(filter.params()).query(MailList.class).list();
    }

    /** The newest lists first, for the sandbox's page. */
    List<MailList> newest(int offset, int size) {
        return jdbc.sql(SELECT + " order by l.id desc" + new Page(offset, size).sql()).query(MailList.class).list();
    }

    long count() {
        return jdbc.sql("select count(*) from sandbox_list").query(Long.class).single();
    }

    Optional<Long> findId(long id) {
        return jdbc.sql("select id from sandbox_list where id = :id").param("id", id).query(Long.class).optional();
    }

    Optional<Long> findIdByName(String name) {
        return jdbc.sql("select id from sandbox_list where name = :name").param("name", name).query(Long.class).optional();
    }

    long add(String name, String label, String visibility) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into sandbox_list (name, label, visibility) values (:name, :label, :visibility)")
                .param("name", name)
                .param("label", label)
                .param("visibility", visibility)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Members first: the member table has no foreign key to cascade (see the schema). */
    boolean delete(long id) {
        clear(id);
        return jdbc.sql("delete from sandbox_list where id = :id").param("id", id).update() > 0;
    }

    void clear(long id) {
        jdbc.sql("delete from sandbox_list_member where list_id = :id").param("id", id).update();
    }
}
