package io.retentionflow.process;

import io.retentionflow.campaigns.CampaignPlanService;
import io.retentionflow.campaigns.DueCampaign;
import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.campaigns.execution.ExecutionId;
import io.retentionflow.contacts.BrontoCoverage;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import io.retentionflow.system.NotFoundException;
import io.retentionflow.targeting.TargetGroupService;
import io.retentionflow.templates.OptimoveTemplates;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts one campaign execution per campaign due on a date, with business key
 * {@code campaignId/date}, never twice: the execution row is claimed and the process started in
 * one transaction, so of two nodes (or a nightly run and a manual re-run) exactly one starts it.
 * Each campaign is started on its own: one that fails leaves the others started.
 */
@Service
public class CampaignExecutionStarter {

    private final CampaignPlanService plans;
    private final TargetGroupService targetGroups;
    private final BrontoCoverage coverage;
    private final OptimoveTemplates templates;
    private final CampaignExecutions executions;
    private final RuntimeService runtime;
    private final CampaignRunProperties properties;
    private final ObjectProvider<CampaignExecutionStarter> self;

    /** Camunda keeps string variables in a column of 4,000 characters. */
    static final int MAX_STRING_VARIABLE = 4_000;

    /** Through the proxy, so each start gets its own transaction. */
    private CampaignExecutionStarter self() {
        return self.getObject();
    }

    CampaignExecutionStarter(CampaignPlanService plans, TargetGroupService targetGroups, BrontoCoverage coverage,
            OptimoveTemplates templates,
            CampaignExecutions executions, RuntimeService runtime, CampaignRunProperties properties,
            ObjectProvider<CampaignExecutionStarter> self) {
        this.plans = plans;
        this.targetGroups = targetGroups;
        this.coverage = coverage;
        this.templates = templates;
        this.executions = executions;
        this.runtime = runtime;
        this.properties = properties;
        this.self = self;
    }

    /** The plans due on a date, each to be started on its own so one that fails holds up no other. */
    public List<Long> dueOn(LocalDate date) {
        return plans.dueOn(date).stream().map(due -> due.plan().id()).toList();
    }

    /** @return whether this call started the execution (false: started before, by this node or another) */
    @Transactional
    public boolean start(long campaignId, LocalDate date) {
        DueCampaign campaign = plans.dueOn(date).stream().filter(due -> due.plan().id() == campaignId).findFirst()
                .orElseThrow(() -> new NotFoundException("campaign " + campaignId + " is not due on " + date));
        ExecutionId execution = executions.open(campaignId, date);
        if (!executions.claimProcessStart(execution.id())) {
            return false;
        }
        runtime.startProcessInstanceByKey(CampaignExecutionProcess.PROCESS_ID, execution.businessKey(),
                variables(campaign, execution, templateChoices()));
        return true;
    }

    /** Every due plan of the date, each in its own transaction; what tests and the demo use at once. */
    public int startDue(LocalDate date) {
        int started = 0;
        for (long campaignId : dueOn(date)) {
            started += self().start(campaignId, date) ? 1 : 0;
        }
        return started;
    }

    /**
     * What the approval form offers, as {@code id|name;id|name}: the Optimove folder's templates, as
     * many as a Camunda string variable holds (4,000 characters, about a hundred templates).
     */
    private String templateChoices() {
        StringBuilder choices = new StringBuilder();
        for (var template : templates.list()) {
            String choice = template.id() + "|" + template.name().replace(";", ",").replace("|", "/");
            if (choices.length() + choice.length() + 1 > MAX_STRING_VARIABLE) {
                break;
            }
            choices.append(choices.isEmpty() ? "" : ";").append(choice);
        }
        return choices.toString();
    }

    private Map<String, Object> variables(DueCampaign due, ExecutionId execution, String templateChoices) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.EXECUTION_ID, execution.id());
        variables.put(Variables.CAMPAIGN_NAME, due.plan().name());
        variables.put(Variables.TARGET_GROUP, due.plan().targetGroupName());
        variables.put(Variables.ESTIMATED_RECIPIENTS, targetGroups.preview(due.plan().targetGroupId()).withEmail());
        variables.put(Variables.BRONTO_COVERAGE,
                coverage.estimate(targetGroups.memberCondition(due.plan().targetGroupId())).describe());
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
