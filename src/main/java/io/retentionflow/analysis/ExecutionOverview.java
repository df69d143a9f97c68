package io.retentionflow.analysis;

import io.retentionflow.campaigns.Arm;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An execution's line in the list: sizes, rates over deliveries, the uplift against the control group
 * (null without one or before the send) and the A/B winner (null without a test or without a winner).
 */
public record ExecutionOverview(long executionId, long campaignId, String campaignName, LocalDate runDate,
        OffsetDateTime sendAt, String status, Long targetSize, Long control, long recipients, long delivered,
        double openRate, double clickRate, Long purchased, Comparison conversionUplift, Comparison incrementalRevenue,
        Boolean upliftSignificant, boolean abTest, Arm abWinner) {

    static ExecutionOverview of(ExecutionAnalysis analysis) {
        ExecutionAnalysis.Funnel funnel = analysis.funnel();
        ExecutionAnalysis.Uplift uplift = analysis.uplift();
        return new ExecutionOverview(analysis.executionId(), analysis.campaignId(), analysis.campaignName(),
                analysis.runDate(), analysis.sendAt(), analysis.status(), funnel.targetSize(), funnel.control(),
                funnel.recipients(), funnel.delivered(), MetricsPoint.ratio(funnel.opened(), funnel.delivered()),
                MetricsPoint.ratio(funnel.clicked(), funnel.delivered()), funnel.purchased(),
                uplift == null ? null : uplift.conversion(), uplift == null ? null : uplift.incrementalRevenue(),
                uplift == null ? null : uplift.significant(), analysis.abTest() != null,
                analysis.abTest() == null ? null : analysis.abTest().winner());
    }
}
