package io.retentionflow.process;

import io.retentionflow.campaigns.execution.ContactBatches;
import io.retentionflow.campaigns.execution.UploadPace;
import io.retentionflow.process.CampaignExecutionProcess.Errors;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * "Upload contact batch": at most 5,000 contacts, outcomes recorded per contact; a retry adds no one twice.
 * The batch first claims its start in the account's pace; when uploads that started late still fill the
 * minute, it takes the later slot and waits for it on the timer again instead of sending.
 */
@Component
class UploadContactBatchDelegate implements JavaDelegate {

    private final ContactBatches batches;
    private final UploadPace pace;

    UploadContactBatchDelegate(ContactBatches batches, @Qualifier("campaignUploadPace") UploadPace pace) {
        this.batches = batches;
        this.pace = pace;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UploadBatch batch = UploadBatch.parse((String) execution.getVariable(Variables.UPLOAD_BATCH));
        UploadPace.Start start = pace.start(reservation(execution), batch.contacts());
        if (execution.hasVariable(Variables.UPLOAD_RESERVATION)) {
            // not local, here and below: the boundary event makes this task a scope of its own, and the batch's
            // variables live on the subprocess instance, where the reservation put them
            execution.setVariable(Variables.UPLOAD_RESERVATION, start.reservation());
        }
        Optional<Instant> later = start.later();
        if (later.isPresent()) {
            execution.setVariable(Variables.UPLOAD_AT, Date.from(later.get()));
            throw new BpmnError(Errors.UPLOAD_SLOT_MOVED, "the minute is still full; next slot " + later.get());
        }
        batches.upload((Long) execution.getVariable(Variables.EXECUTION_ID), batch.variant(), batch.number());
    }

    /**
     * The batch's reservation; none (-1) for a run whose slot was reserved before reservations had ids, which
     * makes {@link UploadPace#start} take a new one.
     */
    private static long reservation(DelegateExecution execution) {
        Object reservation = execution.getVariable(Variables.UPLOAD_RESERVATION);
        return reservation == null ? -1 : (Long) reservation;
    }
}
