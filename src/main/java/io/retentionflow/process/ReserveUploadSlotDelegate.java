package io.retentionflow.process;

import io.retentionflow.campaigns.execution.UploadPace;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * "Reserve upload slot": the batch's place in the account's shared budget; the timer after it waits
 * for the slot, so no job ever sleeps. The time is local to the batch's multi-instance execution.
 */
@Component
class ReserveUploadSlotDelegate implements JavaDelegate {

    private final UploadPace pace;

    ReserveUploadSlotDelegate(@Qualifier("campaignUploadPace") UploadPace pace) {
        this.pace = pace;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UploadBatch batch = UploadBatch.parse((String) execution.getVariable(Variables.UPLOAD_BATCH));
        UploadPace.Slot slot = pace.reserve(batch.contacts());
        execution.setVariableLocal(Variables.UPLOAD_AT, Date.from(slot.at()));
        execution.setVariableLocal(Variables.UPLOAD_RESERVATION, slot.reservation());
    }
}
