package io.retentionflow.process;

import io.retentionflow.campaigns.execution.UploadPace;
import io.retentionflow.process.ContactSyncProcess.Variables;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * "Reserve sync slot": a batch that writes takes its place in the account's budget, shared with the campaigns'
 * list uploads; a batch that only looks contacts up writes nothing and goes at once.
 */
@Component
class ReserveSyncSlotDelegate implements JavaDelegate {

    private final UploadPace pace;
    private final Clock clock;

    ReserveSyncSlotDelegate(@Qualifier("campaignUploadPace") UploadPace pace, Clock clock) {
        this.pace = pace;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable(Variables.WRITES))) {
            execution.setVariableLocal(Variables.SYNC_AT, Date.from(clock.instant()));
            return;
        }
        SyncBatch batch = SyncBatch.parse((String) execution.getVariable(Variables.BATCH));
        UploadPace.Slot slot = pace.reserve(batch.customers());
        execution.setVariableLocal(Variables.SYNC_AT, Date.from(slot.at()));
        execution.setVariableLocal(Variables.RESERVATION, slot.reservation());
    }
}
