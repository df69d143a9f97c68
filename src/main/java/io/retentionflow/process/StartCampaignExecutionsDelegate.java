package io.retentionflow.process;

import io.retentionflow.process.NightlyCampaignRunProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start campaign executions": one per campaign due that day, each once. */
@Component
class StartCampaignExecutionsDelegate implements JavaDelegate {

    private final CampaignExecutionStarter starter;
    private final RunDates runDates;

    StartCampaignExecutionsDelegate(CampaignExecutionStarter starter, RunDates runDates) {
        this.starter = starter;
        this.runDates = runDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int started = starter.startDue(runDates.of(execution.getVariable(Variables.RUN_DATE)));
        execution.setVariable(Variables.STARTED, started);
    }
}
