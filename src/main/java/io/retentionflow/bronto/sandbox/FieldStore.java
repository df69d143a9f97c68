package io.retentionflow.bronto.sandbox;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contact fields (firstname and lastname come with the schema). */
@Repository
@Profile("sandbox")
public class FieldStore {

    record Field(long id, String name, String label, String fieldType, String visibility) {
    }

    private final JdbcClient jdbc;

    public FieldStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Field> read(SqlFilter filter, Page page) {
        return jdbc.sql("select f.id, f.name, f.label, f.field_type as fieldType, f.visibility from sandbox_field f" + filter.where()
                        + " order by f.id" + page.sql())
                .params(filter.params())
                .query(Field.class)
                .list();
    }

    /** Each field's type by its id. */
    Map<Long, String> types() {
        return jdbc.sql("select id, field_type from sandbox_field")
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("field_type")))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long idOf(String name) {
        return jdbc.sql("select id from sandbox_field where name = :name").param("name", name).query(Long.class).single();
    }
}
