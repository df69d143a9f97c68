package io.retentionflow.modeling;

import java.time.LocalDate;

/** What the model says about one customer with purchases. */
record CustomerModelRow(
        String customerId,
        LocalDate firstPurchase,
        LocalDate lastPurchase,
        long daysSinceLastPurchase,
        int frequency,
        int purchases,
        double totalRevenue,
        double monetary,
        RfmScore rfm,
        double probabilityAlive,
        double expectedPurchases30,
        double expectedPurchases90,
        double expectedOrderValue,
        double lifetimeValue,
        MicroSegment segment) {}
