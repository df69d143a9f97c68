package io.retentionflow.targeting;

import io.retentionflow.targeting.TargetGroupPreview.Count;
import io.retentionflow.targeting.TargetGroupPreview.SampleCustomer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Measures the members of a compiled rule: totals, the split by stage and value tier, a sample. */
@Component
public class TargetGroupPreviewQuery {

    static final int SAMPLE_SIZE = 20;

    private final JdbcClient jdbc;

    public TargetGroupPreviewQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TargetGroupPreview preview(SqlCondition condition) {
        String where = " from " + TargetGroupSql.MEMBERS + " where " + condition.sql();
        record Totals(long size, long withEmail, double revenue, double clv, double valueAtRisk) {}
        Totals totals = jdbc.sql("select count(*) as members, count(c.email) as with_email,"
                        + " coalesce(sum(m.total_revenue), 0) as revenue, coalesce(sum(m.clv), 0) as clv,"
                        + " coalesce(sum(" + TargetGroupSql.VALUE_AT_RISK + "), 0) as value_at_risk" + where)
                .params(condition.params())
                .query((rs, row) -> new Totals(rs.getLong("members"), rs.getLong("with_email"), rs.getDouble("revenue"),
                        rs.getDouble("clv"), rs.getDouble("value_at_risk")))
                .single();
        Map<String, Long> stages = zeros(Segments.STAGES);
        Map<String, Long> tiers = zeros(Segments.VALUE_TIERS);
        jdbc.sql("select m.lifecycle_stage as stage, m.value_tier as tier, count(*) as members" + where
                        + " group by m.lifecycle_stage, m.value_tier")
                .params(condition.params())
                .query(rs -> {
                    stages.merge(rs.getString("stage"), rs.getLong("members"), Long::sum);
                    tiers.merge(rs.getString("tier"), rs.getLong("members"), Long::sum);
                });
        List<SampleCustomer> sample = jdbc.sql("select c.id, c.email, c.first_name, c.last_name, c.country,"
                        + " m.lifecycle_stage, m.value_tier, m.clv, m.p_alive, m.days_since_last_purchase" + where
                        + " order by m.clv desc, c.id limit " + SAMPLE_SIZE)
                .params(condition.params())
                .query((rs, row) -> new SampleCustomer(rs.getString("id"), rs.getString("email"),
                        rs.getString("first_name"), rs.getString("last_name"), rs.getString("country"),
                        rs.getString("lifecycle_stage"), rs.getString("value_tier"), Money.cents(rs.getDouble("clv")),
                        rs.getDouble("p_alive"), rs.getObject("days_since_last_purchase", Integer.class)))
                .list();
        return new TargetGroupPreview(totals.size(), totals.withEmail(), Money.cents(totals.revenue()),
                Money.cents(totals.clv()), Money.cents(totals.valueAtRisk()), counts(stages), counts(tiers), sample);
    }

    private static Map<String, Long> zeros(List<String> codes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        codes.forEach(code -> counts.put(code, 0L));
        return counts;
    }

    private static List<Count> counts(Map<String, Long> counts) {
        List<Count> list = new ArrayList<>();
        counts.forEach((code, customers) -> list.add(new Count(code, Segments.label(code), customers)));
        return list;
    }
}
