package io.retentionflow.process;

import io.retentionflow.campaigns.execution.RecipientListCounts;
import io.retentionflow.campaigns.execution.RecipientLists;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Build recipient list": the rows are in the database; the process gets the count and the batches to upload. */
@Component
class BuildRecipientListDelegate implements JavaDelegate {

    private final RecipientLists recipientLists;

    BuildRecipientListDelegate(RecipientLists recipientLists) {
        this.recipientLists = recipientLists;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecipientListCounts counts = recipientLists.build((Long) execution.getVariable(Variables.EXECUTION_ID));
        execution.setVariable(Variables.RECIPIENTS,
                counts.recipients().values().stream().mapToLong(Long::longValue).sum());
        execution.setVariable(Variables.UPLOAD_BATCHES, UploadBatch.allOf(counts));
    }
}
