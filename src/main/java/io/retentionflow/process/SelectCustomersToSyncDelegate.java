package io.retentionflow.process;

import io.retentionflow.contacts.ContactSyncs;
import io.retentionflow.process.ContactSyncProcess.Variables;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Select customers to sync": the sync's customers are rows in the database; the process gets the batches. */
@Component
class SelectCustomersToSyncDelegate implements JavaDelegate {

    private final ContactSyncs syncs;
    private final ContactSyncStarter starter;

    SelectCustomersToSyncDelegate(ContactSyncs syncs, ContactSyncStarter starter) {
        this.syncs = syncs;
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ContactSyncs.RequestedBy requestedBy = "on_demand".equals(execution.getVariable(Variables.REQUESTED_BY))
                ? ContactSyncs.RequestedBy.ON_DEMAND : ContactSyncs.RequestedBy.NIGHTLY;
        ContactSyncs.Plan plan = syncs.begin(execution.getProcessInstanceId(), requestedBy, starter::running);
        execution.setVariable(Variables.SYNC_ID, plan.syncId());
        execution.setVariable(Variables.BATCHES, new ArrayList<>(SyncBatch.allOf(plan)));
    }
}
