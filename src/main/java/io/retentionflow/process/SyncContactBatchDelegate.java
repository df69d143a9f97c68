package io.retentionflow.process;

import io.retentionflow.campaigns.execution.UploadPace;
import io.retentionflow.contacts.ContactSyncBatches;
import io.retentionflow.process.ContactSyncProcess.Variables;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * "Sync contact batch": at most 5,000 customers looked up, and those Bronto lacks written, outcomes recorded per
 * customer. The contacts it writes claim their start in the account's pace, shared with the list uploads; when the
 * minute is full, the batch waits for its slot on the timer and runs again.
 */
@Component
class SyncContactBatchDelegate implements JavaDelegate {

    private final ContactSyncBatches batches;
    private final UploadPace pace;

    SyncContactBatchDelegate(ContactSyncBatches batches, @Qualifier("campaignUploadPace") UploadPace pace) {
        this.batches = batches;
        this.pace = pace;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SyncBatch batch = SyncBatch.parse((String) execution.getVariable(Variables.BATCH));
        Optional<Instant> later = batches.sync((Long) execution.getVariable(Variables.SYNC_ID), batch.number(), contacts -> {
            UploadPace.Start start = pace.start((Long) execution.getVariable(Variables.RESERVATION), contacts);
            // not local: the boundary event makes this task a scope; the batch's variables live on the subprocess
            execution.setVariable(Variables.RESERVATION, start.reservation());
            return start.later();
        });
        if (later.isPresent()) {
            execution.setVariable(Variables.SYNC_AT, Date.from(later.get()));
            throw new BpmnError(ContactSyncProcess.SLOT_MOVED, "the minute is still full; next slot " + later.get());
        }
    }
}
