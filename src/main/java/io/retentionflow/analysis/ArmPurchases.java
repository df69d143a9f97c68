package io.retentionflow.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the customers of one arm (or of several taken together) bought in the attribution window:
 * {@code customers} in the arm, {@code buyers} among them with a purchase, and the moments of each
 * customer's spend, a customer without a purchase counting as zero.
 */
public record ArmPurchases(long customers, long buyers, SampleMoments spend) {

    public static final ArmPurchases NONE = new ArmPurchases(0, 0, SampleMoments.EMPTY);

    public ArmPurchases plus(ArmPurchases other) {
        return new ArmPurchases(customers + other.customers, buyers + other.buyers, spend.plus(other.spend));
    }

    /** Share of the arm's customers who bought; NaN for an empty arm. */
    @JsonProperty("conversionRate")
    public double conversionRate() {
        return customers == 0 ? Double.NaN : (double) buyers / customers;
    }

    @JsonProperty("revenue")
    public double revenue() {
        return spend.sum().doubleValue();
    }

    @JsonProperty("revenuePerCustomer")
    public double revenuePerCustomer() {
        return spend.mean();
    }
}
