package io.retentionflow.process;

import io.retentionflow.campaigns.execution.BrontoListCleanup;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Delete Bronto lists": the lists this execution created are never reused, so the marketer may have them go. */
@Component
class DeleteBrontoListsDelegate implements JavaDelegate {

    private final BrontoListCleanup cleanup;

    DeleteBrontoListsDelegate(BrontoListCleanup cleanup) {
        this.cleanup = cleanup;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cleanup.deleteLists((Long) execution.getVariable(Variables.EXECUTION_ID));
    }
}
