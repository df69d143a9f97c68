package io.retentionflow.targeting;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a target group holds today. Money is summed over the members: revenue so far, predicted
 * CLV, and value at risk ({@link TargetGroupSql#VALUE_AT_RISK}).
 */
public record TargetGroupPreview(long size, long withEmail, BigDecimal revenue, BigDecimal clv, BigDecimal valueAtRisk,
        List<Count> byStage, List<Count> byValueTier, List<SampleCustomer> sample) {

    /** Members with one stage or value tier. */
    public record Count(String code, String label, long customers) {}

    public record SampleCustomer(String id, String email, String firstName, String lastName, String country,
            String stage, String valueTier, BigDecimal clv, double pAlive, Integer daysSinceLastPurchase) {}
}
