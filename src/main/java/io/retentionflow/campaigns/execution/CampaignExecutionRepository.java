package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.AbTestMetric;
import io.retentionflow.campaigns.Arm;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code campaign_execution} and {@code execution_variant} rows. */
@Repository
public class CampaignExecutionRepository {

    private static final String SELECT = """
            select id, campaign_plan_id, run_date, business_key, campaign_name, target_group_id, template_id,
                   variant_template_id, split_a_percent, ab_test_metric, control_percent, send_at, time_zone, from_name,
                   from_email, reply_to, recipients_built_at, target_size, without_email, control_size, lists_removed_at,
                   metrics_completed_at
            from campaign_execution
            """;

    private final JdbcClient jdbc;

    public CampaignExecutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CampaignExecution> findById(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional();
    }

    public Optional<CampaignExecution> findByRun(long campaignId, LocalDate runDate) {
        return jdbc.sql(SELECT + " where campaign_plan_id = :campaignId and run_date = :runDate")
                .param("campaignId", campaignId).param("runDate", runDate).query(this::map).optional();
    }

    /** Holds the execution's row until the caller's transaction ends, so two nodes never build one list at once. */
    public Optional<CampaignExecution> lock(long id) {
        return jdbc.sql(SELECT + " where id = :id for update").param("id", id).query(this::map).optional();
    }

    long insert(CampaignExecution run, String timeZone, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into campaign_execution (campaign_plan_id, run_date, business_key, campaign_name, target_group_id,
                    template_id, variant_template_id, split_a_percent, ab_test_metric, control_percent, send_at,
                    time_zone, from_name, from_email, reply_to, opened_at)
                values (:campaignId, :runDate, :businessKey, :name, :targetGroupId, :templateId, :variantTemplateId,
                    :splitA, :abTestMetric, :controlPercent, :sendAt, :timeZone, :fromName, :fromEmail, :replyTo,
                    :now)""")
                .param("campaignId", run.campaignId()).param("runDate", run.runDate())
                .param("businessKey", run.businessKey()).param("name", run.campaignName())
                .param("targetGroupId", run.targetGroupId()).param("templateId", run.templateId())
                .param("variantTemplateId", run.variantTemplateId()).param("splitA", run.splitAPercent())
                .param("abTestMetric", run.abTestMetric() == null ? null : run.abTestMetric().stored())
                .param("controlPercent", run.controlPercent()).param("sendAt", run.sendAt())
                .param("timeZone", timeZone).param("fromName", run.fromName()).param("fromEmail", run.fromEmail())
                .param("replyTo", run.replyTo()).param("now", now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void recordCounts(long id, RecipientListCounts counts, OffsetDateTime now) {
        jdbc.sql("""
                update campaign_execution set recipients_built_at = :now, target_size = :targetSize,
                    without_email = :withoutEmail, control_size = :control
                where id = :id""")
                .param("now", now).param("targetSize", counts.targetSize()).param("withoutEmail", counts.withoutEmail())
                .param("control", counts.control()).param("id", id).update();
    }

    void markListsRemoved(long id, OffsetDateTime now) {
        jdbc.sql("update campaign_execution set lists_removed_at = :now where id = :id and lists_removed_at is null")
                .param("now", now).param("id", id).update();
    }

    public List<ExecutionVariant> variants(long executionId) {
        return jdbc.sql("""
                select execution_id, variant, template_id, recipients, batches, list_name, bronto_list_id,
                       list_deleted_at, delivery_id
                from execution_variant where execution_id = :id order by variant""")
                .param("id", executionId)
                .query((rs, row) -> new ExecutionVariant(rs.getLong("execution_id"), Arm.valueOf(rs.getString("variant")),
                        rs.getString("template_id"), rs.getLong("recipients"), rs.getInt("batches"),
                        rs.getString("list_name"), rs.getString("bronto_list_id"),
                        rs.getObject("list_deleted_at", OffsetDateTime.class), rs.getString("delivery_id")))
                .list();
    }

    void insertVariant(long executionId, Arm variant, String templateId, long recipients, int batches, String listName) {
        jdbc.sql("""
                insert into execution_variant (execution_id, variant, template_id, recipients, batches, list_name)
                values (:id, :variant, :templateId, :recipients, :batches, :listName)""")
                .param("id", executionId).param("variant", variant.name()).param("templateId", templateId)
                .param("recipients", recipients).param("batches", batches).param("listName", listName).update();
    }

    /**
     * Committed at once, whatever the caller's transaction does next: once Bronto has made a list, the id must
     * survive a failure later in the same job (a retry would find the list by name anyway, at the cost of a read).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void storeListId(long executionId, Arm variant, String listId) {
        jdbc.sql("update execution_variant set bronto_list_id = :listId where execution_id = :id and variant = :variant")
                .param("listId", listId).param("id", executionId).param("variant", variant.name()).update();
    }

    /** Committed at once, for the same reason as {@link #storeListId}: a delivery Bronto made is never forgotten. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void storeDeliveryId(long executionId, Arm variant, String deliveryId) {
        jdbc.sql("update execution_variant set delivery_id = :deliveryId where execution_id = :id and variant = :variant")
                .param("deliveryId", deliveryId).param("id", executionId).param("variant", variant.name()).update();
    }

    void markListDeleted(long executionId, Arm variant, OffsetDateTime now) {
        jdbc.sql("""
                update execution_variant set list_deleted_at = :now
                where execution_id = :id and variant = :variant and list_deleted_at is null""")
                .param("now", now).param("id", executionId).param("variant", variant.name()).update();
    }

    private CampaignExecution map(ResultSet rs, int row) throws SQLException {
        String timeZone = rs.getString("time_zone");
        OffsetDateTime builtAt = rs.getObject("recipients_built_at", OffsetDateTime.class);
        String metric = rs.getString("ab_test_metric");
        return new CampaignExecution(rs.getLong("id"), rs.getLong("campaign_plan_id"),
                rs.getObject("run_date", LocalDate.class), rs.getString("business_key"), rs.getString("campaign_name"),
                rs.getLong("target_group_id"), rs.getString("template_id"), rs.getString("variant_template_id"),
                rs.getObject("split_a_percent", Integer.class), metric == null ? null : AbTestMetric.fromStored(metric),
                rs.getInt("control_percent"),
                CampaignExecution.inZone(rs.getObject("send_at", OffsetDateTime.class), timeZone),
                rs.getString("from_name"), rs.getString("from_email"), rs.getString("reply_to"), builtAt,
                rs.getObject("target_size", Long.class), rs.getObject("without_email", Long.class),
                rs.getObject("control_size", Long.class), rs.getObject("lists_removed_at", OffsetDateTime.class),
                rs.getObject("metrics_completed_at", OffsetDateTime.class));
    }
}
