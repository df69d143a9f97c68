package io.retentionflow.process;

import io.retentionflow.campaigns.CampaignPlanService;
import io.retentionflow.campaigns.DueCampaign;
import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.campaigns.execution.ExecutionId;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import io.retentionflow.targeting.TargetGroupService;
import io.retentionflow.templates.OptimoveTemplates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts one campaign execution per campaign due on a date, with business key
 * {@code campaignId/date}, never twice: the execution row is claimed and the process started in
 * one transaction, so of two nodes (or a nightly run and a manual re-run) exactly one starts it.
 */
@Service
public class CampaignExecutionStarter {

    private final CampaignPlanService plans;
    private final TargetGroupService targetGroups;
    private final OptimoveTemplates templates;
    private final CampaignExecutions executions;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final CampaignRunProperties properties;
    private final Clock clock;

    CampaignExecutionStarter(CampaignPlanService plans, TargetGroupService targetGroups, OptimoveTemplates templates,
            CampaignExecutions executions, RuntimeService runtime, JdbcClient jdbc, CampaignRunProperties properties,
            Clock clock) {
        this.plans = plans;
        this.targetGroups = targetGroups;
        this.templates = templates;
        this.executions = executions;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many executions this call started (those started before are not counted) */
    @Transactional
    public int startDue(LocalDate date) {
        List<DueCampaign> due = plans.dueOn(date);
        String templateChoices = due.isEmpty() ? "" : templateChoices();
        int started = 0;
        for (DueCampaign campaign : due) {
            ExecutionId execution = executions.open(campaign.plan().id(), date);
            if (claim(execution.id())) {
                runtime.startProcessInstanceByKey(CampaignExecutionProcess.PROCESS_ID, execution.businessKey(),
                        variables(campaign, execution, templateChoices));
                started++;
            }
        }
        return started;
    }

    /** What the approval form offers: the templates of the Optimove folder, read once per run. */
    private String templateChoices() {
        return templates.list().stream()
                .map(template -> template.id() + "|" + template.name().replace(";", ",").replace("|", "/"))
                .collect(Collectors.joining(";"));
    }

    private boolean claim(long executionId) {
        return jdbc.sql("""
                update campaign_execution set process_started_at = ?
                where id = ? and process_started_at is null""")
                .params(OffsetDateTime.now(clock), executionId).update() == 1;
    }

    private Map<String, Object> variables(DueCampaign due, ExecutionId execution, String templateChoices) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.EXECUTION_ID, execution.id());
        variables.put(Variables.CAMPAIGN_NAME, due.plan().name());
        variables.put(Variables.TARGET_GROUP, due.plan().targetGroupName());
        variables.put(Variables.ESTIMATED_RECIPIENTS, targetGroups.preview(due.plan().targetGroupId()).withEmail());
        variables.put(Variables.TEMPLATE_ID, due.plan().templateId());
        templates.withContent(due.plan().templateId())
                .ifPresent(template -> variables.put(Variables.TEMPLATE_SUBJECT, template.subject()));
        variables.put(Variables.TEMPLATE_CHOICES, templateChoices);
        variables.put(Variables.PREVIEW_URL, "/campaigns/templates/" + due.plan().templateId() + "/preview");
        variables.put(Variables.SENDER, "%s <%s>, replies to %s".formatted(
                due.sender().fromName(), due.sender().fromEmail(), due.sender().replyTo()));
        variables.put(Variables.SEND_AT, Date.from(due.sendAt().toInstant()));
        variables.put(Variables.APPROVAL_DUE, Date.from(due.sendAt().toInstant().minus(properties.approvalLeadTime())));
        variables.put(Variables.METRICS_PULL_COUNT, properties.metricsPullCount());
        variables.put(Variables.METRICS_PULL_INTERVAL, properties.metricsPullInterval());
        variables.put(Variables.METRICS_PULL, 0);
        return variables;
    }
}
