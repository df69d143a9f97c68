package io.retentionflow.process;

import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a campaign's task after its campaign ("Approve template: Win back the valuable"), so that a night's
 * approvals are told apart in Tasklist's list, which shows a task's name but not its variables to marketers (that
 * would take reading the process instances, which they may not). The model keeps the plain name for its diagram.
 */
@Component("campaignTaskName")
class CampaignTaskName implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object campaign = task.getVariable(Variables.CAMPAIGN_NAME);
        if (campaign != null) {
            task.setName(task.getName() + ": " + campaign);
        }
    }
}
