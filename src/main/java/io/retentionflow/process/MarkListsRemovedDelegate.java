package io.retentionflow.process;

import io.retentionflow.campaigns.execution.BrontoListCleanup;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Mark lists removed": the marketer removed the lists in Bronto themselves. */
@Component
class MarkListsRemovedDelegate implements JavaDelegate {

    private final BrontoListCleanup cleanup;

    MarkListsRemovedDelegate(BrontoListCleanup cleanup) {
        this.cleanup = cleanup;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cleanup.markRemoved((Long) execution.getVariable(Variables.EXECUTION_ID));
    }
}
