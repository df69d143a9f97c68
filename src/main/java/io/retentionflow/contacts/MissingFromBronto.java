package io.retentionflow.contacts;

import io.retentionflow.bronto.BrontoErrorCode;
import io.retentionflow.customers.ResultPage;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customers a campaign cannot reach through Bronto, each with the reason as far as the product knows it. */
@Service
public class MissingFromBronto {

    /** A customer not reached; {@code refusedCode} where Bronto refused the address. */
    public record Customer(String id, String email, String firstName, String lastName, BrontoReach reason,
            Integer refusedCode) {

        /** The reason in plain words, with Bronto's code where it gave one. */
        public String explanation() {
            if (refusedCode == null) {
                return reason.label();
            }
            String known = BrontoErrorCode.of(refusedCode).map(code -> switch (code) {
                case INVALID_EMAIL -> "not a valid address";
                case EMAIL_TOO_LONG -> "longer than Bronto's 100 characters";
                case EMAIL_SUPPRESSED -> "on the account's suppression list";
                case EMAIL_ON_ANOTHER_CONTACT -> "already the address of another contact";
                default -> code.name().toLowerCase().replace('_', ' ');
            }).orElse("a code unknown to the product");
            String refusal = "refused by Bronto (%d: %s)".formatted(refusedCode, known);
            return reason == BrontoReach.REFUSED ? refusal : reason.label() + "; " + refusal;
        }
    }

    private static final String REACH = """
            select c.id, c.email, c.first_name, c.last_name, b.refused_code, %s as reach
            from customer c left join customer_in_bronto b on b.customer_id = c.id""".formatted(CustomersInBronto.REACH);

    private final JdbcClient jdbc;

    MissingFromBronto(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every customer, by how Bronto reaches them. */
    @Transactional(readOnly = true)
    public Coverage summary() {
        Map<BrontoReach, Long> byReach = new EnumMap<>(BrontoReach.class);
        jdbc.sql("select t.reach, count(*) as customers from (" + REACH + ") t group by t.reach")
                .query((rs, row) -> Map.entry(rs.getString("reach"), rs.getLong("customers"))).list()
                .forEach(row -> byReach.put(BrontoReach.ofCode(row.getKey()).orElseThrow(), row.getValue()));
        return Coverage.of(byReach);
    }

    /** The customers not reached, for one reason or all, ordered by reason, then id. */
    @Transactional(readOnly = true)
    public ResultPage<Customer> page(Optional<BrontoReach> reason, int page, int size) {
        String where = reason.isPresent() ? "t.reach = :reason" : "t.reach <> 'receivable'";
        String code = reason.map(BrontoReach::code).orElse("");
        long total = jdbc.sql("select count(*) from (" + REACH + ") t where " + where)
                .param("reason", code).query(Long.class).single();
        var customers = jdbc.sql("select * from (" + REACH + ") t where " + where
                        + " order by t.reach, t.id offset :offset rows fetch next :size rows only")
                .param("reason", code).param("offset", (long) page * size).param("size", size)
                .query((rs, row) -> new Customer(rs.getString("id"), rs.getString("email"), rs.getString("first_name"),
                        rs.getString("last_name"), BrontoReach.ofCode(rs.getString("reach")).orElseThrow(),
                        rs.getObject("refused_code", Integer.class)))
                .list();
        return new ResultPage<>(customers, page, size, total);
    }
}
