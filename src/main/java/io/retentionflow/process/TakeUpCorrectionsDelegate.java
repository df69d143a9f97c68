package io.retentionflow.process;

import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Take up corrections": before the retry, the sender as the marketer has corrected it since Bronto refused. */
@Component
class TakeUpCorrectionsDelegate implements JavaDelegate {

    private final CampaignExecutions executions;

    TakeUpCorrectionsDelegate(CampaignExecutions executions) {
        this.executions = executions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        executions.takeUpSenderCorrections((Long) execution.getVariable(Variables.EXECUTION_ID));
    }
}
