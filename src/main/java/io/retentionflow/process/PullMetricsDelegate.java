package io.retentionflow.process;

import io.retentionflow.campaigns.execution.DeliveryMetricsSnapshots;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Pull delivery metrics": today's snapshot per delivery; the counter drives the loop of daily pulls. */
@Component
class PullMetricsDelegate implements JavaDelegate {

    private final DeliveryMetricsSnapshots snapshots;

    PullMetricsDelegate(DeliveryMetricsSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int pull = ((Integer) execution.getVariable(Variables.METRICS_PULL)) + 1;
        snapshots.pull((Long) execution.getVariable(Variables.EXECUTION_ID), pull);
        execution.setVariable(Variables.METRICS_PULL, pull);
    }
}
