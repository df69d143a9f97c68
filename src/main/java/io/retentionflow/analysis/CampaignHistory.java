package io.retentionflow.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Every execution of a recurring campaign, oldest first, and the incremental revenue of them all. The
 * executions' estimates are independent (each has its own control group), so their variances add: the total's
 * interval is the root of the sum of squared half-widths, all at the same confidence level.
 */
public record CampaignHistory(long campaignId, String campaignName, List<ExecutionOverview> executions,
        double totalIncrementalRevenue, double totalLower, double totalUpper, int executionsMeasured) {

    public CampaignHistory {
        executions = List.copyOf(executions);
    }

    static CampaignHistory of(long campaignId, String campaignName, List<ExecutionOverview> executions) {
        List<Comparison> measured = executions.stream().map(ExecutionOverview::incrementalRevenue)
                .filter(Objects::nonNull).filter(c -> !Double.isNaN(c.lower())).toList();
        double total = measured.stream().mapToDouble(Comparison::difference).sum();
        double halfWidth = Math.sqrt(measured.stream()
                .mapToDouble(c -> Math.pow((c.upper() - c.lower()) / 2, 2)).sum());
        return new CampaignHistory(campaignId, campaignName, executions, total, total - halfWidth, total + halfWidth,
                measured.size());
    }

    /** The interval of the total excludes zero: the campaign has earned (or cost) money over its runs. */
    @JsonProperty("significant")
    public boolean significant() {
        return executionsMeasured > 0 && (totalLower > 0 || totalUpper < 0);
    }
}
