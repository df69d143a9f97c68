package io.retentionflow.bronto.sandbox;

import java.math.BigDecimal;

import io.retentionflow.bronto.soap.DeliveryObject;
import io.retentionflow.bronto.soap.DeliveryRecipientStatObject;

/** Copies metrics onto the two wire types that carry them; XJC gives them no common supertype. */
final class SimulatedMetricsMapper {

    private SimulatedMetricsMapper() {
    }

    static void copy(SimulatedMetrics m, DeliveryObject o) {
        o.setNumSends(m.sends());
        o.setNumDeliveries(m.deliveries());
        o.setNumHardBadEmail(m.hardBadEmail());
        o.setNumHardDestUnreach(m.hardDestUnreach());
        o.setNumHardMessageContent(m.hardMessageContent());
        o.setNumHardBounces(m.hardBounces());
        o.setNumSoftBadEmail(m.softBadEmail());
        o.setNumSoftDestUnreach(m.softDestUnreach());
        o.setNumSoftMessageContent(m.softMessageContent());
        o.setNumSoftBounces(m.softBounces());
        o.setNumOtherBounces(m.otherBounces());
        o.setNumBounces(m.bounces());
        o.setUniqOpens(m.uniqOpens());
        o.setNumOpens(m.numOpens());
        o.setAvgOpens(m.avgOpens());
        o.setUniqClicks(m.uniqClicks());
        o.setNumClicks(m.numClicks());
        o.setAvgClicks(m.avgClicks());
        o.setUniqConversions(0L);
        o.setNumConversions(0L);
        o.setAvgConversions(0.0);
        o.setRevenue(BigDecimal.ZERO);
        o.setDeliveryRate(m.deliveryRate());
        o.setOpenRate(m.openRate());
        o.setClickRate(m.clickRate());
        o.setClickThroughRate(m.clickThroughRate());
        o.setConversionRate(0.0);
        o.setBounceRate(m.bounceRate());
    }

    static void copy(SimulatedMetrics m, DeliveryRecipientStatObject o) {
        o.setNumSends(m.sends());
        o.setNumDeliveries(m.deliveries());
        o.setNumHardBadEmail(m.hardBadEmail());
        o.setNumHardDestUnreach(m.hardDestUnreach());
        o.setNumHardMessageContent(m.hardMessageContent());
        o.setNumHardBounces(m.hardBounces());
        o.setNumSoftBadEmail(m.softBadEmail());
        o.setNumSoftDestUnreach(m.softDestUnreach());
        o.setNumSoftMessageContent(m.softMessageContent());
        o.setNumSoftBounces(m.softBounces());
        o.setNumOtherBounces(m.otherBounces());
        o.setNumBounces(m.bounces());
        o.setUniqOpens(m.uniqOpens());
        o.setNumOpens(m.numOpens());
        o.setAvgOpens(m.avgOpens());
        o.setUniqClicks(m.uniqClicks());
        o.setNumClicks(m.numClicks());
        o.setAvgClicks(m.avgClicks());
        o.setUniqConversions(0L);
        o.setNumConversions(0L);
        o.setAvgConversions(0.0);
        o.setRevenue(0.0);
        o.setDeliveryRate(m.deliveryRate());
        o.setOpenRate(m.openRate());
        o.setClickRate(m.clickRate());
        o.setClickThroughRate(m.clickThroughRate());
        o.setConversionRate(0.0);
        o.setBounceRate(m.bounceRate());
    }
}
