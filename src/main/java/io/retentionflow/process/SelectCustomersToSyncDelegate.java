package io.retentionflow.process;

import io.retentionflow.contacts.ContactSyncs;
import io.retentionflow.process.ContactSyncProcess.Variables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** "Select customers to sync": the sync's customers are rows in the database; the process gets the batches. */
@Component
class SelectCustomersToSyncDelegate implements JavaDelegate {

    private final ContactSyncs syncs;
    private final RuntimeService runtime;

    SelectCustomersToSyncDelegate(ContactSyncs syncs, RuntimeService runtime) {
        this.syncs = syncs;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> running = runtime.createProcessInstanceQuery().processDefinitionKey(ContactSyncProcess.PROCESS_ID)
                .list().stream().map(ProcessInstance::getId).toList();
        ContactSyncs.RequestedBy requestedBy = "on_demand".equals(execution.getVariable(Variables.REQUESTED_BY))
                ? ContactSyncs.RequestedBy.ON_DEMAND : ContactSyncs.RequestedBy.NIGHTLY;
        ContactSyncs.Plan plan = syncs.begin(execution.getProcessInstanceId(), requestedBy, running);
        execution.setVariable(Variables.SYNC_ID, plan.syncId());
        execution.setVariable(Variables.WRITES, plan.writes());
        execution.setVariable(Variables.BATCHES, new ArrayList<>(SyncBatch.allOf(plan)));
    }
}
