package io.retentionflow.analysis;

import io.retentionflow.analysis.ExecutionAnalysis.AbTest;
import io.retentionflow.analysis.ExecutionAnalysis.Funnel;
import io.retentionflow.analysis.ExecutionAnalysis.Uplift;
import io.retentionflow.analysis.ExecutionAnalysis.VariantResult;
import io.retentionflow.analysis.ExecutionAnalysis.VariantSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The analysis as CSV for a spreadsheet. Undefined numbers are empty cells. A text cell that a spreadsheet
 * would take for a formula (a campaign named "=HYPERLINK(…)") is prefixed with an apostrophe, so opening the
 * export never runs what someone typed into a name.
 */
final class AnalysisCsv {

    private static final String[] OVERVIEW_HEADER = {"execution_id", "campaign_id", "campaign", "run_date", "send_at",
            "status", "target_size", "control", "recipients", "delivered", "open_rate", "click_rate", "purchased",
            "conversion_uplift", "conversion_uplift_low", "conversion_uplift_high", "conversion_p_value",
            "incremental_revenue", "incremental_revenue_low", "incremental_revenue_high", "revenue_p_value",
            "uplift_significant", "ab_test", "ab_winner"};

    private AnalysisCsv() {
    }

    static void writeOverviews(List<ExecutionOverview> rows, Writer out) {
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(OVERVIEW_HEADER).get().print(out)) {
            for (ExecutionOverview row : rows) {
                Comparison conversion = row.conversionUplift();
                Comparison revenue = row.incrementalRevenue();
                csv.printRecord(row.executionId(), row.campaignId(), text(row.campaignName()), row.runDate(),
                        row.sendAt(), row.status(), row.targetSize(), row.control(), row.recipients(), row.delivered(),
                        number(row.openRate()), number(row.clickRate()), row.purchased(),
                        conversion == null ? null : number(conversion.difference()),
                        conversion == null ? null : number(conversion.lower()),
                        conversion == null ? null : number(conversion.upper()),
                        conversion == null ? null : number(conversion.pValue()),
                        revenue == null ? null : number(revenue.difference()),
                        revenue == null ? null : number(revenue.lower()),
                        revenue == null ? null : number(revenue.upper()),
                        revenue == null ? null : number(revenue.pValue()),
                        row.upliftSignificant(), row.abTest(), row.abWinner());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One execution's numbers in long form, one per line: section, variant, day, measure, value. */
    static void writeExecution(ExecutionAnalysis analysis, Writer out) {
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("section", "variant", "day", "measure", "value")
                .get().print(out)) {
            Funnel f = analysis.funnel();
            csv.printRecord("execution", null, null, "campaign", text(analysis.campaignName()));
            csv.printRecord("execution", null, null, "run_date", analysis.runDate());
            csv.printRecord("execution", null, null, "send_at", analysis.sendAt());
            csv.printRecord("execution", null, null, "status", analysis.status());
            funnel(csv, "target_size", f.targetSize());
            funnel(csv, "without_email", f.withoutEmail());
            funnel(csv, "control", f.control());
            funnel(csv, "recipients", f.recipients());
            funnel(csv, "missing_from_bronto", f.missingFromBronto());
            funnel(csv, "uploaded", f.uploaded());
            funnel(csv, "not_in_bronto", f.notInBronto());
            funnel(csv, "rejected", f.rejected());
            funnel(csv, "delivered", f.delivered());
            funnel(csv, "opened", f.opened());
            funnel(csv, "clicked", f.clicked());
            funnel(csv, "purchased", f.purchased());
            for (VariantSeries series : analysis.metrics()) {
                for (MetricsPoint p : series.points()) {
                    String v = series.variant().name();
                    csv.printRecord("metrics", v, p.pull(), "sends", p.sends());
                    csv.printRecord("metrics", v, p.pull(), "deliveries", p.deliveries());
                    csv.printRecord("metrics", v, p.pull(), "hard_bounces", p.hardBounces());
                    csv.printRecord("metrics", v, p.pull(), "soft_bounces", p.softBounces());
                    csv.printRecord("metrics", v, p.pull(), "unique_opens", p.uniqueOpens());
                    csv.printRecord("metrics", v, p.pull(), "unique_clicks", p.uniqueClicks());
                    csv.printRecord("metrics", v, p.pull(), "delivery_rate", number(p.deliveryRate()));
                    csv.printRecord("metrics", v, p.pull(), "open_rate", number(p.openRate()));
                    csv.printRecord("metrics", v, p.pull(), "click_rate", number(p.clickRate()));
                    csv.printRecord("metrics", v, p.pull(), "click_to_open_rate", number(p.clickToOpenRate()));
                }
            }
            Uplift u = analysis.uplift();
            if (u != null) {
                purchases(csv, "uplift", "treated", u.treated());
                purchases(csv, "uplift", "control", u.control());
                comparison(csv, "uplift", "conversion", u.conversion());
                comparison(csv, "uplift", "revenue_per_customer", u.revenuePerCustomer());
                comparison(csv, "uplift", "incremental_revenue", u.incrementalRevenue());
                csv.printRecord("uplift", null, null, "window_complete", u.windowComplete());
            }
            AbTest ab = analysis.abTest();
            if (ab != null) {
                csv.printRecord("ab_test", null, null, "metric", ab.metric().stored());
                for (VariantResult r : ab.variants()) {
                    String v = r.variant().name();
                    csv.printRecord("ab_test", v, null, "deliveries", r.deliveries());
                    csv.printRecord("ab_test", v, null, "successes", r.successes());
                    csv.printRecord("ab_test", v, null, "rate", number(r.rate()));
                    csv.printRecord("ab_test", v, null, "revenue_per_recipient", number(r.purchases().revenuePerCustomer()));
                }
                comparison(csv, "ab_test", "rate", ab.rate());
                comparison(csv, "ab_test", "revenue_per_recipient", ab.revenuePerRecipient());
                csv.printRecord("ab_test", null, null, "winner", ab.winner());
                csv.printRecord("ab_test", null, null, "needed_per_variant", ab.neededPerVariant());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void funnel(CSVPrinter csv, String measure, Long value) throws IOException {
        csv.printRecord("funnel", null, null, measure, value);
    }

    private static void purchases(CSVPrinter csv, String section, String group, ArmPurchases p) throws IOException {
        csv.printRecord(section, group, null, "customers", p.customers());
        csv.printRecord(section, group, null, "buyers", p.buyers());
        csv.printRecord(section, group, null, "revenue", number(p.revenue()));
    }

    private static void comparison(CSVPrinter csv, String section, String measure, Comparison c) throws IOException {
        csv.printRecord(section, null, null, measure + "_difference", number(c.difference()));
        csv.printRecord(section, null, null, measure + "_low", number(c.lower()));
        csv.printRecord(section, null, null, measure + "_high", number(c.upper()));
        csv.printRecord(section, null, null, measure + "_p_value", number(c.pValue()));
    }

    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : BigDecimal.valueOf(value).toPlainString();
    }

    static String text(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
