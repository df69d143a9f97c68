package io.retentionflow.process;

import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.campaigns.execution.TemplateNotOfferedException;
import io.retentionflow.process.CampaignExecutionProcess.Errors;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record approved template": the marketer may have picked another template of the Optimove folder;
 * one the folder does not hold sends the approval back to them.
 */
@Component
class RecordApprovedTemplateDelegate implements JavaDelegate {

    private final CampaignExecutions executions;

    RecordApprovedTemplateDelegate(CampaignExecutions executions) {
        this.executions = executions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            executions.useApprovedTemplate((Long) execution.getVariable(Variables.EXECUTION_ID),
                    (String) execution.getVariable(Variables.TEMPLATE_ID));
        } catch (TemplateNotOfferedException notOffered) {
            throw new BpmnError(Errors.TEMPLATE_NOT_OFFERED, notOffered.getMessage());
        }
    }
}
