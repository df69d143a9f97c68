package io.retentionflow.analysis;

import io.retentionflow.analysis.ExecutionAnalysis.AbTest;
import io.retentionflow.analysis.ExecutionAnalysis.Funnel;
import io.retentionflow.analysis.ExecutionAnalysis.Uplift;
import io.retentionflow.analysis.ExecutionAnalysis.VariantResult;
import io.retentionflow.analysis.ExecutionAnalysis.VariantSeries;
import io.retentionflow.campaigns.AbTestMetric;
import io.retentionflow.campaigns.Arm;
import io.retentionflow.campaigns.execution.CampaignExecution;
import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.campaigns.execution.DeliveryMetricsSnapshot;
import io.retentionflow.campaigns.execution.DeliveryMetricsSnapshots;
import io.retentionflow.campaigns.execution.ExecutionSummaries;
import io.retentionflow.campaigns.execution.ExecutionSummary;
import io.retentionflow.contacts.BrontoCoverage;
import io.retentionflow.contacts.Coverage;
import io.retentionflow.customers.ResultPage;
import io.retentionflow.system.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes an execution's report from what is stored: the recipient list, the metrics snapshots and the
 * imported purchases. Nothing is kept: each reading uses the purchases imported so far, so the figures of
 * an open attribution window grow as the daily files arrive.
 */
@Service
public class CampaignAnalysis {

    static final int MAX_EXPORT = 1_000;

    private final CampaignExecutions executions;
    private final ExecutionSummaries summaries;
    private final DeliveryMetricsSnapshots snapshots;
    private final ExecutionPurchases purchases;
    private final ExecutionIndex index;
    private final BrontoCoverage coverage;
    private final AnalysisProperties properties;
    private final AnalysisFormat format;
    private final ProportionTest proportions;
    private final WelchTest means;
    private final Clock clock;

    CampaignAnalysis(CampaignExecutions executions, ExecutionSummaries summaries, DeliveryMetricsSnapshots snapshots,
            ExecutionPurchases purchases, ExecutionIndex index, BrontoCoverage coverage, AnalysisProperties properties,
            AnalysisFormat format, Clock clock) {
        this.coverage = coverage;
        this.executions = executions;
        this.summaries = summaries;
        this.snapshots = snapshots;
        this.purchases = purchases;
        this.index = index;
        this.properties = properties;
        this.format = format;
        this.proportions = new ProportionTest(properties.significanceLevel());
        this.means = new WelchTest(properties.significanceLevel());
        this.clock = clock;
    }

    /** One reading of the database, so the funnel, metrics and purchases of a report agree with each other. */
    @Transactional(readOnly = true)
    public ExecutionAnalysis analyse(long executionId) {
        CampaignExecution execution = executions.get(executionId);
        ExecutionSummary summary = summaries.of(executionId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<VariantSeries> series = series(summary, snapshots.all(executionId));
        Map<Arm, ArmPurchases> arms = sent(execution, now)
                ? purchases.byArm(executionId, execution.sendAt(), measuredUntil(execution, now))
                : Map.of();
        ArmPurchases treated = arms.getOrDefault(Arm.A, ArmPurchases.NONE).plus(arms.getOrDefault(Arm.B, ArmPurchases.NONE));
        return new ExecutionAnalysis(execution.id(), execution.campaignId(), execution.campaignName(),
                execution.runDate(), execution.sendAt(), status(execution, summary, series, now),
                funnel(summary, coverage(executionId), series, sent(execution, now) ? treated.buyers() : null), series,
                uplift(execution, arms, treated, now), abTest(execution, series, arms));
    }

    /**
     * The result in a sentence or two, as the process shows it: the uplift against the control group and the
     * A/B verdict, each saying whether it is significant.
     */
    @Transactional(readOnly = true)
    public String summarise(long executionId) {
        ExecutionAnalysis report = analyse(executionId);
        Uplift uplift = report.uplift();
        String result;
        Long control = report.funnel().control();
        if (control == null) {
            result = "The recipient list is not built yet.";
        } else if (uplift == null && control == 0) {
            result = "No control group: the effect on purchases is not measured.";
        } else if (uplift == null) {
            result = "The effect on purchases is measured from the send on, " + report.sendAt() + ".";
        } else {
            result = "Against the control group" + (uplift.windowComplete() ? "" : " so far") + ": conversion "
                    + format.points(uplift.conversion().difference()) + " " + format.pointsInterval(uplift.conversion())
                    + ", incremental revenue " + format.signedMoney(uplift.incrementalRevenue().difference()) + " "
                    + format.moneyInterval(uplift.incrementalRevenue()) + ", "
                    + (uplift.significant() ? "significant." : "not significant.");
        }
        return report.abTest() == null ? result : result + " A/B test: " + report.abTest().verdict();
    }

    /** A page of the executions the filter matches, newest run first. */
    @Transactional(readOnly = true)
    public ResultPage<ExecutionOverview> list(ExecutionFilter filter, int page, int size) {
        List<ExecutionOverview> items = index.ids(filter, (long) page * size, size).stream()
                .map(id -> ExecutionOverview.of(analyse(id))).toList();
        return new ResultPage<>(items, page, size, index.count(filter));
    }

    /** The newest {@value #MAX_EXPORT} executions the filter matches, for the export; each is analysed anew. */
    @Transactional(readOnly = true)
    public List<ExecutionOverview> all(ExecutionFilter filter) {
        return index.ids(filter, 0, MAX_EXPORT).stream().map(id -> ExecutionOverview.of(analyse(id))).toList();
    }

    /** Every execution of a campaign, oldest first, with the total it earned. */
    @Transactional(readOnly = true)
    public CampaignHistory history(long campaignId) {
        List<ExecutionOverview> runs = new ArrayList<>(all(new ExecutionFilter(campaignId, null, null)));
        if (runs.isEmpty()) {
            throw new NotFoundException("campaign " + campaignId + " has not run yet");
        }
        Collections.reverse(runs);
        return CampaignHistory.of(campaignId, runs.get(runs.size() - 1).campaignName(), runs);
    }

    /** The campaigns that have run, for the list's filter. */
    public List<CampaignName> campaigns() {
        return index.campaigns();
    }

    private boolean sent(CampaignExecution execution, OffsetDateTime now) {
        return execution.recipientsBuilt() && !execution.sendAt().isAfter(now);
    }

    private OffsetDateTime measuredUntil(CampaignExecution execution, OffsetDateTime now) {
        OffsetDateTime windowEnd = execution.sendAt().plus(properties.attributionWindow());
        return now.isBefore(windowEnd) ? now : windowEnd;
    }

    private static List<VariantSeries> series(ExecutionSummary summary, List<DeliveryMetricsSnapshot> all) {
        Map<Arm, List<MetricsPoint>> byVariant = all.stream().collect(Collectors.groupingBy(
                DeliveryMetricsSnapshot::variant, Collectors.mapping(MetricsPoint::of, Collectors.toList())));
        return summary.variants().stream()
                .map(v -> new VariantSeries(v.variant(), v.templateId(), byVariant.getOrDefault(v.variant(), List.of())))
                .toList();
    }

    /** The look-up before the upload; none for a run that had none (not yet, or from before there was one). */
    private Coverage coverage(long executionId) {
        return coverage.ofExecution(executionId).orElse(null);
    }

    private static Funnel funnel(ExecutionSummary summary, Coverage coverage, List<VariantSeries> series, Long purchased) {
        long recipients = 0, uploaded = 0, notInBronto = 0, rejected = 0;
        for (ExecutionSummary.Variant v : summary.variants()) {
            recipients += v.recipients();
            uploaded += v.uploaded();
            notInBronto += v.notInBronto();
            rejected += v.rejected();
        }
        List<MetricsPoint> latest = series.stream().map(VariantSeries::latest).filter(Objects::nonNull).toList();
        return new Funnel(summary.targetSize(), summary.withoutEmail(), summary.control(), recipients,
                coverage == null ? null : coverage.missing(), coverage == null ? null : coverage.describe(), uploaded,
                notInBronto, rejected, latest.stream().mapToLong(MetricsPoint::deliveries).sum(),
                latest.stream().mapToLong(MetricsPoint::uniqueOpens).sum(),
                latest.stream().mapToLong(MetricsPoint::uniqueClicks).sum(), purchased);
    }

    private Uplift uplift(CampaignExecution execution, Map<Arm, ArmPurchases> arms, ArmPurchases treated,
            OffsetDateTime now) {
        ArmPurchases control = arms.get(Arm.CONTROL);
        if (control == null || !sent(execution, now)) {
            return null;
        }
        OffsetDateTime windowEnd = execution.sendAt().plus(properties.attributionWindow());
        Comparison conversion = proportions.compare(treated.buyers(), treated.customers(), control.buyers(),
                control.customers());
        Comparison revenuePerCustomer = means.compare(treated.spend(), control.spend());
        return new Uplift(execution.sendAt(), windowEnd, measuredUntil(execution, now), !now.isBefore(windowEnd),
                purchases.latestPurchase(), treated, control, conversion, revenuePerCustomer,
                revenuePerCustomer.scaledBy(treated.customers()));
    }

    private AbTest abTest(CampaignExecution execution, List<VariantSeries> series, Map<Arm, ArmPurchases> arms) {
        if (series.stream().noneMatch(s -> s.variant() == Arm.B)) {
            return null;
        }
        AbTestMetric metric = execution.abTestMetric() == null ? AbTestMetric.CLICKS : execution.abTestMetric();
        List<VariantResult> results = new ArrayList<>();
        for (VariantSeries s : series) {
            MetricsPoint latest = s.latest();
            long deliveries = latest == null ? 0 : latest.deliveries();
            long successes = latest == null ? 0 : metric == AbTestMetric.OPENS ? latest.uniqueOpens() : latest.uniqueClicks();
            results.add(new VariantResult(s.variant(), s.templateId(), deliveries, successes,
                    MetricsPoint.ratio(successes, deliveries), arms.getOrDefault(s.variant(), ArmPurchases.NONE)));
        }
        VariantResult a = results.get(0);
        VariantResult b = results.get(1);
        // Bronto's counters grow at their own pace; unique opens ahead of deliveries are not a rate yet
        boolean consistent = results.stream().allMatch(r -> r.successes() <= r.deliveries());
        Comparison rate = consistent
                ? proportions.compare(a.successes(), a.deliveries(), b.successes(), b.deliveries())
                : proportions.compare(0, 0, 0, 0);
        Comparison revenue = means.compare(a.purchases().spend(), b.purchases().spend());
        Arm winner = rate.defined() && rate.significant() ? (rate.difference() > 0 ? Arm.A : Arm.B) : null;
        Long needed = winner != null || !rate.defined() ? null
                : boxed(proportions.sampleSizePerGroup(rate.first(), rate.second(), properties.power()));
        return new AbTest(metric, results, rate, revenue, winner, needed, verdict(metric, rate, winner, needed));
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static String verdict(AbTestMetric metric, Comparison rate, Arm winner, Long needed) {
        String measure = metric == AbTestMetric.OPENS ? "unique-open rate" : "unique-click rate";
        if (!rate.defined()) {
            return "Not decided yet: Bronto has reported no deliveries for one of the variants.";
        }
        String observed = String.format(Locale.ROOT, "%s %.2f %% (A) against %.2f %% (B), p = %.3f",
                measure, rate.first() * 100, rate.second() * 100, rate.pValue());
        if (winner != null) {
            return "Variant " + winner + " wins on " + observed + ".";
        }
        return "No significant winner: " + observed + (needed == null ? ", no difference observed."
                : String.format(Locale.ROOT,
                        "; detecting this difference would need about %,d deliveries per variant.", needed));
    }

    private static String status(CampaignExecution execution, ExecutionSummary summary, List<VariantSeries> series,
            OffsetDateTime now) {
        if (execution.listsRemovedAt() != null) {
            return "finished";
        }
        if (execution.metricsCompletedAt() != null) {
            return "measured";
        }
        int pulls = series.stream().mapToInt(s -> s.points().size()).max().orElse(0);
        if (pulls > 0) {
            return "measuring (day " + pulls + ")";
        }
        boolean scheduled = !summary.variants().isEmpty()
                && summary.variants().stream().allMatch(v -> v.deliveryId() != null);
        if (scheduled) {
            return execution.sendAt().isAfter(now) ? "scheduled" : "sent";
        }
        return execution.recipientsBuilt() ? "uploading" : "awaiting approval";
    }
}
