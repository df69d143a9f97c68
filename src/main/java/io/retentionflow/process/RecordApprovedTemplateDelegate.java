package io.retentionflow.process;

import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record approved template": the marketer may have picked another template of the Optimove folder. */
@Component
class RecordApprovedTemplateDelegate implements JavaDelegate {

    private final CampaignExecutions executions;

    RecordApprovedTemplateDelegate(CampaignExecutions executions) {
        this.executions = executions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        executions.useApprovedTemplate((Long) execution.getVariable(Variables.EXECUTION_ID),
                (String) execution.getVariable(Variables.TEMPLATE_ID));
    }
}
