package io.retentionflow.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CampaignPlanRepository {

    private static final String SELECT = """
            select p.id, p.name, p.target_group_id, g.name as target_group_name, p.template_id, p.template_name,
                   p.variant_template_id, p.variant_template_name, p.split_a_percent, p.ab_test_metric, p.send_time,
                   p.time_zone, p.start_date, p.end_date, p.weekdays, p.control_percent, p.from_name, p.from_email,
                   p.reply_to, p.active, p.created_at, p.updated_at
            from campaign_plan p join target_group g on g.id = p.target_group_id
            """;

    private final JdbcClient jdbc;

    public CampaignPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CampaignPlan> findAll() {
        return jdbc.sql(SELECT + " order by lower(p.name), p.id").query(this::map).list();
    }

    public Optional<CampaignPlan> findById(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(this::map).optional();
    }

    /** Active plans whose date range holds the date; the weekday is the caller's to check. */
    public List<CampaignPlan> findActiveSpanning(LocalDate date) {
        return jdbc.sql(SELECT + " where p.active = true and p.start_date <= :date and p.end_date >= :date order by p.id")
                .param("date", date).query(this::map).list();
    }

    public long insert(CampaignPlanValues plan, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into campaign_plan (name, target_group_id, template_id, template_name, variant_template_id,
                    variant_template_name, split_a_percent, ab_test_metric, send_time, time_zone, start_date, end_date,
                    weekdays, control_percent, from_name, from_email, reply_to, active, created_at, updated_at)
                values (:name, :targetGroupId, :templateId, :templateName, :variantTemplateId, :variantTemplateName,
                    :splitA, :abTestMetric, :sendTime, :timeZone, :startDate, :endDate, :weekdays, :controlPercent,
                    :fromName, :fromEmail, :replyTo, :active, :now, :now)""")
                .params(PlanParams.of(plan)).param("now", now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public boolean update(long id, CampaignPlanValues plan, OffsetDateTime now) {
        return jdbc.sql("""
                update campaign_plan set name = :name, target_group_id = :targetGroupId, template_id = :templateId,
                    template_name = :templateName, variant_template_id = :variantTemplateId,
                    variant_template_name = :variantTemplateName, split_a_percent = :splitA,
                    ab_test_metric = :abTestMetric, send_time = :sendTime, time_zone = :timeZone,
                    start_date = :startDate, end_date = :endDate, weekdays = :weekdays,
                    control_percent = :controlPercent, from_name = :fromName, from_email = :fromEmail,
                    reply_to = :replyTo, active = :active, updated_at = :now
                where id = :id""")
                .params(PlanParams.of(plan)).param("now", now).param("id", id)
                .update() == 1;
    }

    public boolean setActive(long id, boolean active, OffsetDateTime now) {
        return jdbc.sql("update campaign_plan set active = :active, updated_at = :now where id = :id")
                .param("active", active).param("now", now).param("id", id).update() == 1;
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from campaign_plan where id = :id").param("id", id).update() == 1;
    }

    private CampaignPlan map(ResultSet rs, int row) throws SQLException {
        CampaignSchedule schedule = new CampaignSchedule(rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), weekdays(rs.getString("weekdays")));
        String metric = rs.getString("ab_test_metric");
        return new CampaignPlan(rs.getLong("id"), rs.getString("name"), rs.getLong("target_group_id"),
                rs.getString("target_group_name"), rs.getString("template_id"), rs.getString("template_name"),
                rs.getString("variant_template_id"), rs.getString("variant_template_name"),
                rs.getObject("split_a_percent", Integer.class), metric == null ? null : AbTestMetric.fromStored(metric),
                rs.getObject("send_time", LocalTime.class), rs.getString("time_zone"), schedule,
                rs.getInt("control_percent"), rs.getString("from_name"), rs.getString("from_email"),
                rs.getString("reply_to"), rs.getBoolean("active"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    /** Stored as {@code MON,WED}; null for every day. */
    static String weekdays(Set<DayOfWeek> days) {
        return days.isEmpty() ? null
                : days.stream().sorted().map(day -> day.name().substring(0, 3)).collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> weekdays(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(stored.split(",")).forEach(code -> Arrays.stream(DayOfWeek.values())
                .filter(day -> day.name().startsWith(code)).forEach(days::add));
        return days;
    }

    /** The named parameters shared by insert and update; a map, because several are null. */
    private static final class PlanParams {

        static Map<String, Object> of(CampaignPlanValues plan) {
            Map<String, Object> params = new HashMap<>();
            params.put("name", plan.name());
            params.put("targetGroupId", plan.targetGroupId());
            params.put("templateId", plan.templateId());
            params.put("templateName", plan.templateName());
            params.put("variantTemplateId", plan.variantTemplateId());
            params.put("variantTemplateName", plan.variantTemplateName());
            params.put("splitA", plan.splitAPercent());
            params.put("abTestMetric", plan.abTestMetric() == null ? null : plan.abTestMetric().stored());
            params.put("sendTime", plan.sendTime());
            params.put("timeZone", plan.timeZone());
            params.put("startDate", plan.schedule().start());
            params.put("endDate", plan.schedule().end());
            params.put("weekdays", weekdays(plan.schedule().weekdays()));
            params.put("controlPercent", plan.controlPercent());
            params.put("fromName", plan.fromName());
            params.put("fromEmail", plan.fromEmail());
            params.put("replyTo", plan.replyTo());
            params.put("active", plan.active());
            return params;
        }
    }
}
