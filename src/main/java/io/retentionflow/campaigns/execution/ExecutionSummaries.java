package io.retentionflow.campaigns.execution;

import io.retentionflow.campaigns.Arm;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the funnel of an execution: one grouped count over its recipients, no rows in memory. */
@Service
public class ExecutionSummaries {

    private record Tally(long uploaded, long added, long notInBronto, long rejected) {}

    private final JdbcClient jdbc;
    private final CampaignExecutionRepository executions;
    private final CampaignExecutions campaignExecutions;

    public ExecutionSummaries(JdbcClient jdbc, CampaignExecutionRepository executions,
            CampaignExecutions campaignExecutions) {
        this.jdbc = jdbc;
        this.executions = executions;
        this.campaignExecutions = campaignExecutions;
    }

    public ExecutionSummary of(long executionId) {
        CampaignExecution execution = campaignExecutions.get(executionId);
        Map<Arm, Tally> tallies = new HashMap<>();
        jdbc.sql("""
                select arm, count(outcome) as uploaded,
                       sum(case when outcome = 'added' then 1 else 0 end) as added,
                       sum(case when outcome = 'not_in_bronto' then 1 else 0 end) as not_in_bronto,
                       sum(case when outcome = 'rejected' then 1 else 0 end) as rejected
                from execution_recipient where execution_id = :id and arm <> 'CONTROL' group by arm""")
                .param("id", executionId)
                .query(rs -> {
                    tallies.put(Arm.valueOf(rs.getString("arm")), new Tally(rs.getLong("uploaded"), rs.getLong("added"),
                            rs.getLong("not_in_bronto"), rs.getLong("rejected")));
                });
        Tally none = new Tally(0, 0, 0, 0);
        return new ExecutionSummary(execution.id(), execution.businessKey(), execution.campaignId(), execution.runDate(),
                execution.sendAt(), execution.targetSize(), execution.withoutEmail(), execution.controlSize(),
                executions.variants(executionId).stream().map(variant -> {
                    Tally tally = tallies.getOrDefault(variant.variant(), none);
                    return new ExecutionSummary.Variant(variant.variant(), variant.templateId(), variant.recipients(),
                            variant.batches(), tally.uploaded(), tally.added(), tally.notInBronto(), tally.rejected(),
                            variant.brontoListId(), variant.deliveryId());
                }).toList(),
                execution.listsRemovedAt());
    }
}
