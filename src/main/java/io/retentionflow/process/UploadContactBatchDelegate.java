package io.retentionflow.process;

import io.retentionflow.campaigns.execution.ContactBatches;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Upload contact batch": at most 5,000 contacts, outcomes recorded per contact; a retry adds no one twice. */
@Component
class UploadContactBatchDelegate implements JavaDelegate {

    private final ContactBatches batches;

    UploadContactBatchDelegate(ContactBatches batches) {
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UploadBatch batch = UploadBatch.parse((String) execution.getVariable(Variables.UPLOAD_BATCH));
        batches.upload((Long) execution.getVariable(Variables.EXECUTION_ID), batch.variant(), batch.number());
    }
}
