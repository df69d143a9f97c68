package io.retentionflow.process;

import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Analyse results": for now the record that the week of metrics is over; the uplift against the
 * control group and the A/B verdict are the campaign analysis's to add here.
 */
@Component
class AnalyseResultsDelegate implements JavaDelegate {

    private final CampaignExecutions executions;

    AnalyseResultsDelegate(CampaignExecutions executions) {
        this.executions = executions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        executions.recordMetricsComplete((Long) execution.getVariable(Variables.EXECUTION_ID));
    }
}
