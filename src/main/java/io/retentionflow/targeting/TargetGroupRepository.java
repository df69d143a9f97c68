package io.retentionflow.targeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class TargetGroupRepository {

    private static final String COLUMNS = "id, name, description, rule_json, created_at, updated_at";

    private final JdbcClient jdbc;

    public TargetGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TargetGroup> findAll() {
        return jdbc.sql("select " + COLUMNS + " from target_group order by lower(name), id").query(this::map).list();
    }

    public Optional<TargetGroup> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from target_group where id = :id").param("id", id).query(this::map).optional();
    }

    public Optional<TargetGroup> findByName(String name) {
        return jdbc.sql("select " + COLUMNS + " from target_group where name = :name").param("name", name)
                .query(this::map).optional();
    }

    public long insert(String name, String description, String ruleJson, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into target_group (name, description, rule_json, created_at, updated_at)
                values (:name, :description, :rule, :now, :now)""")
                .param("name", name).param("description", description).param("rule", ruleJson).param("now", now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public boolean update(long id, String name, String description, String ruleJson, OffsetDateTime now) {
        return jdbc.sql("""
                update target_group set name = :name, description = :description, rule_json = :rule, updated_at = :now
                where id = :id""")
                .param("id", id).param("name", name).param("description", description).param("rule", ruleJson)
                .param("now", now).update() == 1;
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from target_group where id = :id").param("id", id).update() == 1;
    }

    private TargetGroup map(ResultSet rs, int row) throws SQLException {
        return new TargetGroup(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("rule_json"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
