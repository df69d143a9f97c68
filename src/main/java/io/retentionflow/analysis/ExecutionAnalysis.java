package io.retentionflow.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.retentionflow.campaigns.AbTestMetric;
import io.retentionflow.campaigns.Arm;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The report of one campaign execution: how far it got, its funnel, Bronto's metrics day by day, what it
 * earned against the control group, and the A/B verdict. Numbers that cannot be known yet are null (counts)
 * or NaN (rates and estimates; null in JSON).
 */
public record ExecutionAnalysis(long executionId, long campaignId, String campaignName, LocalDate runDate,
        OffsetDateTime sendAt, String status, Funnel funnel, List<VariantSeries> metrics, Uplift uplift,
        AbTest abTest) {

    public ExecutionAnalysis {
        metrics = List.copyOf(metrics);
    }

    /**
     * From the target group to the purchase. {@code recipients} are the mailed arms' customers;
     * {@code uploaded} of them have an outcome from Bronto, {@code notInBronto} of those are unknown to Bronto
     * and get no email, {@code rejected} were refused otherwise; delivered, opened and clicked are Bronto's
     * latest unique counts; {@code purchased} are the mailed customers who bought in the attribution window.
     * {@code missingFromBronto} are the recipients the look-up just before the upload found Bronto could not mail,
     * and {@code brontoCoverage} says why; both null for a run that had no such look-up.
     */
    public record Funnel(Long targetSize, Long withoutEmail, Long control, long recipients, Long missingFromBronto,
            String brontoCoverage, long uploaded, long notInBronto, long rejected, long delivered, long opened,
            long clicked, Long purchased) {}

    /** A variant's daily metrics, in pull order. */
    public record VariantSeries(Arm variant, String templateId, List<MetricsPoint> points) {

        public VariantSeries {
            points = List.copyOf(points);
        }

        @JsonIgnore
        public MetricsPoint latest() {
            return points.isEmpty() ? null : points.get(points.size() - 1);
        }
    }

    /**
     * The mailed customers against the held-out control group, on purchases from the send to
     * {@code measuredUntil}: the end of the attribution window, or now while it is still open.
     * {@code incrementalRevenue} is the revenue-per-customer difference times the mailed customers.
     */
    public record Uplift(OffsetDateTime windowStart, OffsetDateTime windowEnd, OffsetDateTime measuredUntil,
            boolean windowComplete, OffsetDateTime latestPurchaseImported, ArmPurchases treated, ArmPurchases control,
            Comparison conversion, Comparison revenuePerCustomer, Comparison incrementalRevenue) {

        /**
         * The verdict on the campaign's financial success: revenue per customer, its primary measure. Conversion
         * is shown beside it with its own test, but two tests joined by "or" would call chance a success twice
         * as often as the level says.
         */
        @JsonProperty("significant")
        public boolean significant() {
            return revenuePerCustomer.significant();
        }
    }

    /**
     * The two variants compared on {@code metric}'s rate over deliveries. {@code winner} is null without a
     * significant difference; {@code neededPerVariant} is then the deliveries each variant would need to detect
     * the observed difference (null when none was observed).
     */
    public record AbTest(AbTestMetric metric, List<VariantResult> variants, Comparison rate,
            Comparison revenuePerRecipient, Arm winner, Long neededPerVariant, String verdict) {

        public AbTest {
            variants = List.copyOf(variants);
        }
    }

    /** A variant's share of the A/B test: its deliveries, the metric's successes and rate, and its recipients' purchases. */
    public record VariantResult(Arm variant, String templateId, long deliveries, long successes, double rate,
            ArmPurchases purchases) {}
}
