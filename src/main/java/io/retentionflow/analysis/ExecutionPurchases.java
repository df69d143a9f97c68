package io.retentionflow.analysis;

import io.retentionflow.campaigns.Arm;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The purchases of an execution's recipients in a time window, summed per arm by the database. Every
 * recipient counts in its arm, whether Bronto took the address or not: the control group was drawn from
 * the same list before anything was sent, so leaving out the unreached would compare unlike groups
 * (the comparison is by intention to treat). A buyer spent more than nothing in the window: a customer whose
 * only transaction there is a refund did not convert.
 */
@Repository
class ExecutionPurchases {

    private final JdbcClient jdbc;

    ExecutionPurchases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Purchases at or after {@code from} and before {@code until}, per arm; an arm without recipients is absent. */
    Map<Arm, ArmPurchases> byArm(long executionId, OffsetDateTime from, OffsetDateTime until) {
        Map<Arm, ArmPurchases> arms = new EnumMap<>(Arm.class);
        jdbc.sql("""
                select r.arm, count(*) as customers, count(case when p.spent > 0 then 1 end) as buyers,
                       coalesce(sum(p.spent), 0) as spend, coalesce(sum(p.spent * p.spent), 0) as spend_squared
                from execution_recipient r
                left join (
                    select t.customer_id, sum(t.amount) as spent
                    from customer_transaction t
                    join execution_recipient m on m.customer_id = t.customer_id and m.execution_id = :id
                    where t.occurred_at >= :from and t.occurred_at < :until
                    group by t.customer_id) p on p.customer_id = r.customer_id
                where r.execution_id = :id
                group by r.arm""")
                .param("id", executionId).param("from", from).param("until", until)
                .query(rs -> {
                    arms.put(Arm.valueOf(rs.getString("arm")), new ArmPurchases(rs.getLong("customers"),
                            rs.getLong("buyers"), new SampleMoments(rs.getLong("customers"),
                                    rs.getBigDecimal("spend"), rs.getBigDecimal("spend_squared"))));
                });
        return arms;
    }

    /** The time of the latest purchase imported, whoever made it: how far the day's files have brought the data. */
    OffsetDateTime latestPurchase() {
        return jdbc.sql("select max(occurred_at) from customer_transaction").query(OffsetDateTime.class).optional()
                .orElse(null);
    }
}
