package io.retentionflow.process;

import io.retentionflow.analysis.CampaignAnalysis;
import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Analyse results": the week of metrics is over; records it, and puts the campaign's result in one sentence
 * into the process, for Cockpit and the cleanup reminder. The full report stays on the analysis page, which
 * keeps counting purchases as they are imported.
 */
@Component
class AnalyseResultsDelegate implements JavaDelegate {

    private final CampaignExecutions executions;
    private final CampaignAnalysis analysis;

    AnalyseResultsDelegate(CampaignExecutions executions, CampaignAnalysis analysis) {
        this.executions = executions;
        this.analysis = analysis;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long executionId = (Long) execution.getVariable(Variables.EXECUTION_ID);
        executions.recordMetricsComplete(executionId);
        execution.setVariable(Variables.RESULT_SUMMARY, analysis.summarise(executionId));
    }
}
