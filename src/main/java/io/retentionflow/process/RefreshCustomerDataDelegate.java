package io.retentionflow.process;

import io.retentionflow.process.NightlyCampaignRunProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Refresh customer data": the drop folder's files, then the model, before campaigns pick their customers. */
@Component
class RefreshCustomerDataDelegate implements JavaDelegate {

    private final CustomerDataRefresh refresh;
    private final RunDates runDates;

    RefreshCustomerDataDelegate(CustomerDataRefresh refresh, RunDates runDates) {
        this.refresh = refresh;
        this.runDates = runDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        refresh.refreshFor(runDates.of(execution.getVariable(Variables.RUN_DATE)));
    }
}
