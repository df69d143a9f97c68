package io.retentionflow.campaigns.execution;

import io.retentionflow.bronto.BrontoErrorCode;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.bronto.MailList;
import io.retentionflow.bronto.ObjectOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Makes the Bronto list of each mailed variant of an execution, once. */
@Service
public class BrontoLists {

    private final CampaignExecutionRepository executions;
    private final CampaignExecutions campaignExecutions;
    private final BrontoGateway bronto;

    public BrontoLists(CampaignExecutionRepository executions, CampaignExecutions campaignExecutions,
            BrontoGateway bronto) {
        this.executions = executions;
        this.campaignExecutions = campaignExecutions;
        this.bronto = bronto;
    }

    /**
     * One list per variant, named deterministically ({@code rf-<campaignId>-<date>-<variant>}). A stored id
     * is used as is; otherwise the list is looked up by name before it is created, and its id is committed at
     * once. So a retry after a crash anywhere (before Bronto answered, after, before the id was stored) finds
     * the one list that exists; a 502 from another node creating the same list at the same moment is
     * resolved by looking up again.
     *
     * @throws BrontoRefusalException when Bronto refuses the list (a name or label it will not take)
     */
    public List<VariantList> createFor(long executionId) {
        CampaignExecution execution = campaignExecutions.get(executionId);
        if (!execution.recipientsBuilt()) {
            throw new IllegalStateException("the recipient list of execution " + executionId + " is not built yet");
        }
        List<VariantList> lists = new ArrayList<>();
        for (ExecutionVariant variant : executions.variants(executionId)) {
            String listId = variant.brontoListId() != null ? variant.brontoListId() : findOrCreate(execution, variant);
            lists.add(new VariantList(variant.variant(), variant.listName(), listId));
        }
        return lists;
    }

    private String findOrCreate(CampaignExecution execution, ExecutionVariant variant) {
        String listId = bronto.findList(variant.listName()).map(MailList::id)
                .orElseGet(() -> create(execution, variant));
        executions.storeListId(execution.id(), variant.variant(), listId);
        return listId;
    }

    private String create(CampaignExecution execution, ExecutionVariant variant) {
        ObjectOutcome created = bronto.addList(variant.listName(), label(execution, variant));
        if (created.succeeded()) {
            return created.id();
        }
        if (created.error().filter(BrontoErrorCode.LIST_ALREADY_EXISTS::equals).isPresent()) {
            Optional<MailList> raced = bronto.findList(variant.listName());
            return raced.map(MailList::id).orElseThrow(() -> new BrontoUnavailableException(created.errorCode(),
                    "Bronto says list " + variant.listName() + " exists but does not find it; retry", null));
        }
        throw new BrontoRefusalException(execution.id(), variant.variant(), "create list " + variant.listName(),
                created.errorCode(), created.errorMessage());
    }

    /** What marketers see in Bronto; Bronto caps labels, so the campaign name is shortened. */
    private static String label(CampaignExecution execution, ExecutionVariant variant) {
        String suffix = " " + execution.runDate() + " " + variant.variant();
        String name = execution.campaignName();
        int room = 90 - suffix.length();
        return (name.length() > room ? name.substring(0, room) : name) + suffix;
    }
}
