package io.retentionflow.process;

import io.retentionflow.contacts.BrontoCoverage;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check Bronto coverage": before the upload, every mailed recipient is looked up in Bronto, so the analysis shows
 * how many the campaign could not reach, and why, apart from what the upload itself reports. A step looks up a part
 * of a large list and the process comes back for the next: a job that ran longer than its lock (Camunda's five
 * minutes) would be taken up by another node while it still runs.
 */
@Component
class CheckBrontoCoverageDelegate implements JavaDelegate {

    /** 20,000 recipients, 40 look-ups of 500 addresses: well within a job's lock. */
    static final int CHUNKS_PER_STEP = 4;

    private final BrontoCoverage coverage;

    CheckBrontoCoverageDelegate(BrontoCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Variables.RECIPIENTS_LOOKED_UP,
                coverage.lookUp((Long) execution.getVariable(Variables.EXECUTION_ID), CHUNKS_PER_STEP));
    }
}
