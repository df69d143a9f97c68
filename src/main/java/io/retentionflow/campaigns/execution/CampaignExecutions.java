package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.CampaignPlan;
import io.retentionflow.campaigns.CampaignPlanRepository;
import io.retentionflow.system.NotFoundException;
import io.retentionflow.templates.OptimoveTemplates;
import io.retentionflow.templates.Sender;
import io.retentionflow.templates.SenderDefaults;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens the execution of a campaign plan on a date, once, whichever node asks and however often. */
@Service
public class CampaignExecutions {

    private final CampaignExecutionRepository executions;
    private final CampaignPlanRepository plans;
    private final SenderDefaults senders;
    private final OptimoveTemplates templates;
    private final JdbcClient jdbc;
    private final Clock clock;

    public CampaignExecutions(CampaignExecutionRepository executions, CampaignPlanRepository plans,
            SenderDefaults senders, OptimoveTemplates templates, JdbcClient jdbc, Clock clock) {
        this.executions = executions;
        this.plans = plans;
        this.senders = senders;
        this.templates = templates;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The execution of the plan on that date, created with what the plan says now if there is none yet.
     *
     * <p>Idempotent across nodes: the plan's row is locked first, so a second caller waits until the
     * first has committed and then finds its row (the unique key on plan and date backs this up). An
     * insert that failed on the unique key would abort a PostgreSQL transaction, hence the lock rather
     * than insert-and-catch.
     *
     * @throws NotFoundException when there is no such plan
     */
    @Transactional
    public ExecutionId open(long campaignId, LocalDate runDate) {
        jdbc.sql("select id from campaign_plan where id = :id for update").param("id", campaignId)
                .query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("no campaign plan " + campaignId));
        CampaignExecution execution = executions.findByRun(campaignId, runDate).orElseGet(() -> create(campaignId, runDate));
        return new ExecutionId(execution.id(), execution.businessKey());
    }

    /**
     * Claims the run for the one caller that will start its process: true for exactly one caller
     * however many ask, in the caller's transaction, so a failed start releases the claim.
     */
    public boolean claimProcessStart(long executionId) {
        return jdbc.sql("""
                update campaign_execution set process_started_at = :now
                where id = :id and process_started_at is null""")
                .param("now", OffsetDateTime.now(clock)).param("id", executionId).update() == 1;
    }

    /**
     * The template the marketer approved, which may be another one of the Optimove folder than the
     * plan's: variant A sends it, with the sender that template calls for.
     *
     * @throws TemplateNotOfferedException when the folder does not hold it (a form can be tampered with)
     */
    public void useApprovedTemplate(long executionId, String templateId) {
        if (templateId == null || templates.list().stream().noneMatch(template -> template.id().equals(templateId))) {
            throw new TemplateNotOfferedException(templateId);
        }
        CampaignExecution execution = get(executionId);
        if (templateId.equals(execution.templateId())) {
            return;
        }
        jdbc.sql("update campaign_execution set template_id = :template where id = :id")
                .param("template", templateId).param("id", executionId).update();
        takeUpSenderCorrections(executionId);
    }

    /**
     * Takes up what a marketer corrected after Bronto refused the delivery: the sender as the plan,
     * the template's defaults and the global defaults say it now. The rest of the run (its template,
     * its recipients) stays as it was.
     */
    public void takeUpSenderCorrections(long executionId) {
        CampaignExecution execution = get(executionId);
        Sender sender = plans.findById(execution.campaignId())
                .map(plan -> senders.senderFor(execution.templateId(), plan.senderOverride()))
                .orElseGet(() -> senders.senderFor(execution.templateId(), Sender.NONE));
        jdbc.sql("update campaign_execution set from_name = :name, from_email = :email, reply_to = :reply where id = :id")
                .param("name", sender.fromName()).param("email", sender.fromEmail()).param("reply", sender.replyTo())
                .param("id", executionId).update();
    }

    /** The week of metrics is over: recorded once, for the analysis and for the record of the run. */
    public void recordMetricsComplete(long executionId) {
        jdbc.sql("update campaign_execution set metrics_completed_at = :now where id = :id and metrics_completed_at is null")
                .param("now", OffsetDateTime.now(clock)).param("id", executionId).update();
    }

    public CampaignExecution get(long executionId) {
        return executions.findById(executionId)
                .orElseThrow(() -> new NotFoundException("no campaign execution " + executionId));
    }

    private CampaignExecution create(long campaignId, LocalDate runDate) {
        CampaignPlan plan = plans.findById(campaignId).orElseThrow();
        // variant A's template decides the template level; B sends with the same header, as one campaign
        Sender sender = senders.senderFor(plan.templateId(), plan.senderOverride());
        CampaignExecution draft = new CampaignExecution(0, campaignId, runDate,
                CampaignExecution.businessKey(campaignId, runDate), plan.name(), plan.targetGroupId(), plan.templateId(),
                plan.variantTemplateId(), plan.splitAPercent(), plan.abTestMetric(), plan.controlPercent(),
                plan.sendAt(runDate), sender.fromName(), sender.fromEmail(), sender.replyTo(), null, null, null, null,
                null, null);
        long id = executions.insert(draft, plan.timeZone(), OffsetDateTime.now(clock));
        return executions.findById(id).orElseThrow();
    }
}
