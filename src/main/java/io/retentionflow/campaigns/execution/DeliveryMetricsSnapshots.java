package io.retentionflow.campaigns.execution;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.bronto.Delivery;
import io.retentionflow.bronto.DeliveryMetrics;
import io.retentionflow.bronto.DeliveryStatus;
import io.retentionflow.campaigns.Arm;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The daily metrics pulls of an execution's deliveries, kept as snapshot rows. */
@Service
public class DeliveryMetricsSnapshots {

    private final JdbcClient jdbc;
    private final CampaignExecutionRepository executions;
    private final BrontoGateway bronto;
    private final Clock clock;

    public DeliveryMetricsSnapshots(JdbcClient jdbc, CampaignExecutionRepository executions, BrontoGateway bronto,
            Clock clock) {
        this.jdbc = jdbc;
        this.executions = executions;
        this.bronto = bronto;
        this.clock = clock;
    }

    /**
     * Reads each delivery of the execution and keeps its counters as pull {@code pullNumber}. Idempotent per
     * delivery and pull: a snapshot already taken is returned as it was, Bronto is not asked again, so a
     * retried or repeated pull changes nothing. The key on delivery and pull number backs this up: of two
     * callers racing on one pull (the process runs its jobs one at a time, so only a manual retry could), the
     * second fails on the key and its retry finds the first one's snapshot.
     */
    public List<DeliveryMetricsSnapshot> pull(long executionId, int pullNumber) {
        // how many pulls a run takes is the process's setting (campaigns.metrics-pull-count), not this class's
        if (pullNumber < 1) {
            throw new IllegalArgumentException("pull numbers start at 1, not " + pullNumber);
        }
        List<DeliveryMetricsSnapshot> snapshots = new ArrayList<>();
        for (ExecutionVariant variant : executions.variants(executionId)) {
            if (variant.deliveryId() == null) {
                throw new IllegalStateException("variant " + variant.variant() + " of execution " + executionId
                        + " has no delivery");
            }
            snapshots.add(find(variant.deliveryId(), pullNumber).orElseGet(() -> take(variant, pullNumber)));
        }
        return snapshots;
    }

    public List<DeliveryMetricsSnapshot> all(long executionId) {
        return jdbc.sql(SELECT + " where execution_id = :id order by pull_number, variant")
                .param("id", executionId).query(this::map).list();
    }

    private DeliveryMetricsSnapshot take(ExecutionVariant variant, int pullNumber) {
        Delivery delivery = bronto.readDelivery(variant.deliveryId()).orElseThrow(() -> new BrontoUnavailableException(0,
                "Bronto does not find delivery " + variant.deliveryId() + " of execution " + variant.executionId(), null));
        DeliveryMetrics m = delivery.metrics();
        jdbc.sql("""
                insert into delivery_metrics_snapshot (delivery_id, pull_number, execution_id, variant, taken_at,
                    delivery_status, sends, deliveries, hard_bounces, soft_bounces, bounces, unique_opens, opens,
                    unique_clicks, clicks, delivery_rate, open_rate, click_rate, click_through_rate)
                values (:deliveryId, :pull, :executionId, :variant, :takenAt, :status, :sends, :deliveries, :hard,
                    :soft, :bounces, :uniqueOpens, :opens, :uniqueClicks, :clicks, :deliveryRate, :openRate,
                    :clickRate, :clickThroughRate)""")
                .param("deliveryId", variant.deliveryId()).param("pull", pullNumber)
                .param("executionId", variant.executionId()).param("variant", variant.variant().name())
                .param("takenAt", OffsetDateTime.now(clock)).param("status", delivery.status().toBronto())
                .param("sends", m.sends()).param("deliveries", m.deliveries()).param("hard", m.hardBounces())
                .param("soft", m.softBounces()).param("bounces", m.bounces()).param("uniqueOpens", m.uniqueOpens())
                .param("opens", m.opens()).param("uniqueClicks", m.uniqueClicks()).param("clicks", m.clicks())
                .param("deliveryRate", m.deliveryRate()).param("openRate", m.openRate())
                .param("clickRate", m.clickRate()).param("clickThroughRate", m.clickThroughRate())
                .update();
        return find(variant.deliveryId(), pullNumber).orElseThrow();
    }

    private static final String SELECT = """
            select delivery_id, pull_number, execution_id, variant, taken_at, delivery_status, sends, deliveries,
                   hard_bounces, soft_bounces, bounces, unique_opens, opens, unique_clicks, clicks, delivery_rate,
                   open_rate, click_rate, click_through_rate
            from delivery_metrics_snapshot""";

    private Optional<DeliveryMetricsSnapshot> find(String deliveryId, int pullNumber) {
        return jdbc.sql(SELECT + " where delivery_id = :deliveryId and pull_number = :pull")
                .param("deliveryId", deliveryId).param("pull", pullNumber).query(this::map).optional();
    }

    private DeliveryMetricsSnapshot map(ResultSet rs, int row) throws SQLException {
        DeliveryMetrics metrics = new DeliveryMetrics(rs.getLong("sends"), rs.getLong("deliveries"),
                rs.getLong("hard_bounces"), rs.getLong("soft_bounces"), rs.getLong("bounces"),
                rs.getLong("unique_opens"), rs.getLong("opens"), rs.getLong("unique_clicks"), rs.getLong("clicks"),
                rs.getDouble("delivery_rate"), rs.getDouble("open_rate"), rs.getDouble("click_rate"),
                rs.getDouble("click_through_rate"));
        return new DeliveryMetricsSnapshot(rs.getLong("execution_id"), Arm.valueOf(rs.getString("variant")),
                rs.getString("delivery_id"), rs.getInt("pull_number"), rs.getObject("taken_at", OffsetDateTime.class),
                DeliveryStatus.fromBronto(rs.getString("delivery_status")), metrics);
    }
}
