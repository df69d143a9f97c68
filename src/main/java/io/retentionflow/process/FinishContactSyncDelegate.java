package io.retentionflow.process;

import io.retentionflow.contacts.ContactSyncs;
import io.retentionflow.process.ContactSyncProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Finish sync": the sync is over; its outcome in a sentence for whoever looks at the instance in Cockpit. */
@Component
class FinishContactSyncDelegate implements JavaDelegate {

    private final ContactSyncs syncs;

    FinishContactSyncDelegate(ContactSyncs syncs) {
        this.syncs = syncs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ContactSyncs.Summary summary = syncs.finish((Long) execution.getVariable(Variables.SYNC_ID));
        execution.setVariable(Variables.SUMMARY, summary.describe());
    }
}
