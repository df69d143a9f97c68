package io.retentionflow.templates;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored sender defaults, one row per scope: {@link #GLOBAL} or a Bronto message id. */
@Repository
public class SenderDefaultRepository {

    public static final String GLOBAL = "global";

    private final JdbcClient jdbc;

    public SenderDefaultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Sender> find(String scope) {
        return jdbc.sql("select from_name, from_email, reply_to from sender_default where scope = :scope")
                .param("scope", scope)
                .query((rs, row) -> new Sender(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    public Map<String, Sender> findAll() {
        return jdbc.sql("select scope, from_name, from_email, reply_to from sender_default")
                .query((rs, row) -> Map.entry(rs.getString(1), new Sender(rs.getString(2), rs.getString(3), rs.getString(4))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Update, else insert: portable between H2 and PostgreSQL. Two first saves of one scope at the
     * same instant make the second fail on the primary key; saving again succeeds.
     */
    public void save(String scope, Sender sender) {
        int updated = jdbc.sql("""
                update sender_default set from_name = :fromName, from_email = :fromEmail, reply_to = :replyTo,
                    updated_at = current_timestamp where scope = :scope""")
                .params(params(scope, sender)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into sender_default (scope, from_name, from_email, reply_to, updated_at)
                    values (:scope, :fromName, :fromEmail, :replyTo, current_timestamp)""")
                    .params(params(scope, sender)).update();
        }
    }

    private static Map<String, Object> params(String scope, Sender sender) {
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope);
        params.put("fromName", sender.fromName());
        params.put("fromEmail", sender.fromEmail());
        params.put("replyTo", sender.replyTo());
        return params;
    }
}
