package io.retentionflow.process;

import io.retentionflow.process.NightlyCampaignRunProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start campaign execution": one due campaign, in a job of its own, once. */
@Component
class StartCampaignExecutionDelegate implements JavaDelegate {

    private final CampaignExecutionStarter starter;
    private final RunDates runDates;

    StartCampaignExecutionDelegate(CampaignExecutionStarter starter, RunDates runDates) {
        this.starter = starter;
        this.runDates = runDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        starter.start((Long) execution.getVariable(Variables.DUE_CAMPAIGN),
                runDates.of(execution.getVariable(Variables.RUN_DATE)));
    }
}
