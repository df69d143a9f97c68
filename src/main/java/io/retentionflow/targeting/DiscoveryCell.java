package io.retentionflow.targeting;

import java.math.BigDecimal;

/** One lifecycle stage × value tier cell of the customer base, with its money. */
public record DiscoveryCell(String stage, String valueTier, long customers, long withEmail, BigDecimal revenue,
        BigDecimal clv, BigDecimal valueAtRisk) {

    public String stageLabel() {
        return Segments.label(stage);
    }
}
