package io.retentionflow.process;

import io.retentionflow.campaigns.execution.BrontoLists;
import io.retentionflow.campaigns.execution.VariantList;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Create Bronto lists": one per variant; their names go to the cleanup reminder. */
@Component
class CreateBrontoListsDelegate implements JavaDelegate {

    private final BrontoLists lists;

    CreateBrontoListsDelegate(BrontoLists lists) {
        this.lists = lists;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<VariantList> created = lists.createFor((Long) execution.getVariable(Variables.EXECUTION_ID));
        execution.setVariable(Variables.LIST_NAMES,
                created.stream().map(VariantList::name).collect(Collectors.joining(", ")));
    }
}
