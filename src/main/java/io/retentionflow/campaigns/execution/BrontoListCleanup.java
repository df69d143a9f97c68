package io.retentionflow.campaigns.execution;

import io.retentionflow.bronto.BrontoErrorCode;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.ObjectOutcome;
import io.retentionflow.bronto.WriteOutcome;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** Removes an execution's lists from Bronto once the campaign is over: Bronto's list count is finite. */
@Service
public class BrontoListCleanup {

    private final CampaignExecutionRepository executions;
    private final BrontoGateway bronto;
    private final Clock clock;

    public BrontoListCleanup(CampaignExecutionRepository executions, BrontoGateway bronto, Clock clock) {
        this.executions = executions;
        this.bronto = bronto;
        this.clock = clock;
    }

    /**
     * Deletes the lists not yet recorded as deleted. A list already gone (206, deleted by a marketer or by an
     * earlier attempt whose record was lost) is what was wanted, so it counts as deleted.
     *
     * @throws BrontoRefusalException when Bronto keeps a list for another reason
     */
    public void deleteLists(long executionId) {
        List<ExecutionVariant> remaining = executions.variants(executionId).stream()
                .filter(variant -> variant.brontoListId() != null && variant.listDeletedAt() == null)
                .toList();
        if (remaining.isEmpty()) {
            return;
        }
        WriteOutcome outcome = bronto.deleteLists(remaining.stream().map(ExecutionVariant::brontoListId).toList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ObjectOutcome each : outcome.outcomes()) {
            ExecutionVariant variant = remaining.get(each.index());
            if (each.succeeded() || each.errorCode() == BrontoErrorCode.LIST_NOT_FOUND.code()) {
                executions.markListDeleted(executionId, variant.variant(), now);
            } else {
                throw new BrontoRefusalException(executionId, variant.variant(),
                        "delete list " + variant.brontoListId(), each.errorCode(), each.errorMessage());
            }
        }
    }

    /** Records that the execution's lists are gone (deleted here or by hand in Bronto): the cleanup is done. */
    public void markRemoved(long executionId) {
        executions.markListsRemoved(executionId, OffsetDateTime.now(clock));
    }
}
