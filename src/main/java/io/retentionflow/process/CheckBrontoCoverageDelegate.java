package io.retentionflow.process;

import io.retentionflow.contacts.BrontoCoverage;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check Bronto coverage": before the upload, every mailed recipient is looked up in Bronto, so the analysis shows
 * how many the campaign could not reach, and why, apart from what the upload itself reports.
 */
@Component
class CheckBrontoCoverageDelegate implements JavaDelegate {

    private final BrontoCoverage coverage;

    CheckBrontoCoverageDelegate(BrontoCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        coverage.check((Long) execution.getVariable(Variables.EXECUTION_ID));
    }
}
