package io.retentionflow.process;

import io.retentionflow.process.NightlyCampaignRunProcess.Variables;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Find campaigns due": their plan ids, one multi-instance start each. */
@Component
class FindDueCampaignsDelegate implements JavaDelegate {

    private final CampaignExecutionStarter starter;
    private final RunDates runDates;

    FindDueCampaignsDelegate(CampaignExecutionStarter starter, RunDates runDates) {
        this.starter = starter;
        this.runDates = runDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Variables.DUE_CAMPAIGNS,
                new ArrayList<>(starter.dueOn(runDates.of(execution.getVariable(Variables.RUN_DATE)))));
    }
}
