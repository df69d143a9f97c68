package io.retentionflow.process;

import io.retentionflow.campaigns.execution.ExecutionSummaries;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Analyse results": for now the record that the week of metrics is over, with the funnel as it
 * stands; the uplift against the control group and the A/B verdict are the analysis's to add.
 */
@Component
class AnalyseResultsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AnalyseResultsDelegate.class);

    private final ExecutionSummaries summaries;

    AnalyseResultsDelegate(ExecutionSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        log.info("Week of metrics over for {}: {}", execution.getProcessBusinessKey(),
                summaries.of((Long) execution.getVariable(Variables.EXECUTION_ID)));
    }
}
