package io.retentionflow.targeting;

import io.retentionflow.system.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The customer base as a grid of lifecycle stage × value tier, so a marketer sees where the value
 * at risk is, and turns a cell into a target group with one click.
 */
@Service
public class DiscoveryService {

    private final JdbcClient jdbc;
    private final TargetGroupService targetGroups;

    public DiscoveryService(JdbcClient jdbc, TargetGroupService targetGroups) {
        this.jdbc = jdbc;
        this.targetGroups = targetGroups;
    }

    /** Every cell, empty ones included, stages then tiers in {@link Segments} order. */
    public List<DiscoveryCell> cells() {
        Map<String, DiscoveryCell> found = new HashMap<>();
        jdbc.sql("select m.lifecycle_stage as stage, m.value_tier as tier, count(*) as members,"
                        + " count(c.email) as with_email, sum(m.total_revenue) as revenue, sum(m.clv) as clv,"
                        + " sum(" + TargetGroupSql.VALUE_AT_RISK + ") as value_at_risk"
                        + " from " + TargetGroupSql.MEMBERS + " group by m.lifecycle_stage, m.value_tier")
                .query(rs -> {
                    DiscoveryCell cell = new DiscoveryCell(rs.getString("stage"), rs.getString("tier"),
                            rs.getLong("members"), rs.getLong("with_email"), Money.cents(rs.getDouble("revenue")),
                            Money.cents(rs.getDouble("clv")), Money.cents(rs.getDouble("value_at_risk")));
                    found.put(key(cell.stage(), cell.valueTier()), cell);
                });
        List<DiscoveryCell> cells = new ArrayList<>();
        for (String stage : Segments.STAGES) {
            for (String tier : Segments.VALUE_TIERS) {
                cells.add(found.getOrDefault(key(stage, tier), new DiscoveryCell(stage, tier, 0, 0,
                        Money.cents(0), Money.cents(0), Money.cents(0))));
            }
        }
        return cells;
    }

    /**
     * The target group {@code stage = X and value_tier = Y}, created on the first click and opened
     * on the next ones (a double click must not make two groups).
     */
    public TargetGroup groupForCell(String stage, String valueTier) {
        if (stage == null || !Segments.STAGES.contains(stage)) {
            throw new InvalidRequestException("stage", "stage: one of " + Segments.STAGES);
        }
        if (valueTier == null || !Segments.VALUE_TIERS.contains(valueTier)) {
            throw new InvalidRequestException("valueTier", "valueTier: one of " + Segments.VALUE_TIERS);
        }
        // both codes were just checked against the whitelist, so they are safe inside the JSON text
        String rule = "{\"all\":[{\"field\":\"stage\",\"op\":\"=\",\"value\":\"" + stage + "\"},"
                + "{\"field\":\"value_tier\",\"op\":\"=\",\"value\":\"" + valueTier + "\"}]}";
        return targetGroups.findOrCreate(Segments.cellLabel(stage, valueTier), "Created from the discovery grid.", rule);
    }

    private static String key(String stage, String tier) {
        return stage + "/" + tier;
    }
}
