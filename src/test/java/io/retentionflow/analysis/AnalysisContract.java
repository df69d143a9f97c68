package io.retentionflow.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retentionflow.campaigns.AbTestMetric;
import io.retentionflow.campaigns.Arm;
import io.retentionflow.support.PlainHttp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The campaign analysis on the database of the subclass, on executions written straight into the tables.
 * The expected figures were computed independently with SciPy 1.17 from the same data (the spend rule of
 * {@link #spend}): {@code chi2_contingency(..., correction=False)} for two proportions,
 * {@code ttest_ind(..., equal_var=False)} and its {@code confidence_interval(0.95)} for Welch, and Fleiss's
 * formula with {@code norm.ppf} for the sample size.
 */
abstract class AnalysisContract {

    @Autowired CampaignAnalysis analysis;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate jdbcTemplate;
    @LocalServerPort int port;

    PlainHttp http;

    @BeforeEach
    void http() {
        http = new PlainHttp(port);
    }

    @Test
    void theUpliftAgainstTheControlGroupAgreesWithAnIndependentCalculation() {
        OffsetDateTime sendAt = now().minusDays(10);
        long id = execution("uplift", sendAt, "clicks");

        ExecutionAnalysis report = analysis.analyse(id);

        ExecutionAnalysis.Uplift uplift = report.uplift();
        assertThat(uplift.windowComplete()).isTrue();
        assertThat(uplift.measuredUntil()).isEqualTo(sendAt.plusDays(7));
        assertThat(uplift.treated().customers()).isEqualTo(800);
        assertThat(uplift.treated().buyers()).isEqualTo(96);
        assertThat(uplift.control().customers()).isEqualTo(200);
        assertThat(uplift.control().buyers()).isEqualTo(12);
        assertThat(uplift.treated().revenue()).isCloseTo(5135.04, within(1e-9));
        assertThat(uplift.control().revenue()).isCloseTo(598.88, within(1e-9));

        assertThat(uplift.conversion().difference()).isCloseTo(0.06, within(1e-12));
        assertThat(uplift.conversion().pValue()).isCloseTo(0.0144766072511, within(1e-9));
        assertThat(uplift.conversion().lower()).isCloseTo(0.0201206325054, within(1e-9));
        assertThat(uplift.conversion().upper()).isCloseTo(0.0998793674946, within(1e-9));

        assertThat(uplift.revenuePerCustomer().first()).isCloseTo(6.4188, within(1e-9));
        assertThat(uplift.revenuePerCustomer().second()).isCloseTo(2.9944, within(1e-9));
        assertThat(uplift.revenuePerCustomer().pValue()).isCloseTo(0.00583371881401, within(1e-9));
        assertThat(uplift.revenuePerCustomer().lower()).isCloseTo(0.995381948597, within(1e-8));
        assertThat(uplift.revenuePerCustomer().upper()).isCloseTo(5.8534180514, within(1e-8));
        assertThat(uplift.incrementalRevenue().difference()).isCloseTo(2739.52, within(1e-6));
        assertThat(uplift.incrementalRevenue().lower()).isCloseTo(796.305558878, within(1e-5));
        assertThat(uplift.incrementalRevenue().upper()).isCloseTo(4682.73444112, within(1e-5));
        assertThat(uplift.significant()).isTrue();
    }

    @Test
    void theAbWinnerIsDecidedOnClicksWithRevenueBesideIt() {
        long id = execution("winner", now().minusDays(10), null);

        ExecutionAnalysis.AbTest ab = analysis.analyse(id).abTest();

        assertThat(ab.metric()).as("clicks unless the campaign says otherwise").isEqualTo(AbTestMetric.CLICKS);
        assertThat(ab.variants()).extracting(ExecutionAnalysis.VariantResult::deliveries).containsExactly(390L, 392L);
        assertThat(ab.variants()).extracting(ExecutionAnalysis.VariantResult::successes).containsExactly(20L, 38L);
        assertThat(ab.rate().difference()).isCloseTo(-0.0456567242282, within(1e-12));
        assertThat(ab.rate().pValue()).isCloseTo(0.0148454121434, within(1e-9));
        assertThat(ab.rate().lower()).isCloseTo(-0.0822230433285, within(1e-9));
        assertThat(ab.rate().upper()).isCloseTo(-0.0090904051278, within(1e-9));
        assertThat(ab.winner()).isEqualTo(Arm.B);
        assertThat(ab.neededPerVariant()).isNull();
        assertThat(ab.verdict()).startsWith("Variant B wins on unique-click rate");
        assertThat(ab.revenuePerRecipient().difference()).isCloseTo(-2.2396, within(1e-9));
        assertThat(ab.revenuePerRecipient().pValue()).isCloseTo(0.117508172255, within(1e-9));
    }

    @Test
    void withoutASignificantDifferenceTheVerdictSaysSoAndWhatSampleWouldBeNeeded() {
        long id = execution("no-winner", now().minusDays(10), "opens");

        ExecutionAnalysis.AbTest ab = analysis.analyse(id).abTest();

        assertThat(ab.metric()).isEqualTo(AbTestMetric.OPENS);
        assertThat(ab.rate().pValue()).isCloseTo(0.54557882582, within(1e-9));
        assertThat(ab.winner()).isNull();
        assertThat(ab.neededPerVariant()).isEqualTo(8400L);
        assertThat(ab.verdict()).startsWith("No significant winner: unique-open rate 25.64 % (A) against 27.55 % (B)")
                .contains("8,400 deliveries per variant");
    }

    @Test
    void theFunnelAndTheDailySeriesComeFromTheRecipientsAndTheSnapshots() {
        long id = execution("funnel", now().minusDays(10), "clicks");

        ExecutionAnalysis report = analysis.analyse(id);

        ExecutionAnalysis.Funnel funnel = report.funnel();
        assertThat(funnel.targetSize()).isEqualTo(1_010);
        assertThat(funnel.withoutEmail()).isEqualTo(10);
        assertThat(funnel.control()).isEqualTo(200);
        assertThat(funnel.recipients()).isEqualTo(800);
        assertThat(funnel.uploaded()).isEqualTo(800);
        assertThat(funnel.notInBronto()).isEqualTo(8);
        assertThat(funnel.rejected()).isEqualTo(2);
        assertThat(funnel.delivered()).isEqualTo(782);
        assertThat(funnel.opened()).isEqualTo(208);
        assertThat(funnel.clicked()).isEqualTo(58);
        assertThat(funnel.purchased()).isEqualTo(96);
        assertThat(report.status()).isEqualTo("measuring (day 3)");
        assertThat(report.metrics()).hasSize(2);
        MetricsPoint day1 = report.metrics().get(0).points().get(0);
        assertThat(day1.pull()).isEqualTo(1);
        assertThat(day1.deliveryRate()).isCloseTo(380.0 / 400, within(1e-12));
        assertThat(day1.openRate()).isCloseTo(50.0 / 380, within(1e-12));
        assertThat(day1.clickRate()).isCloseTo(10.0 / 380, within(1e-12));
        assertThat(day1.clickToOpenRate()).isCloseTo(10.0 / 50, within(1e-12));
    }

    @Test
    void anOpenWindowCountsPurchasesUpToNowAndABeforeSendRunHasNoUpliftYet() {
        long open = execution("open-window", now().minusDays(2), "clicks");
        ExecutionAnalysis.Uplift uplift = analysis.analyse(open).uplift();
        assertThat(uplift.windowComplete()).isFalse();
        assertThat(uplift.measuredUntil()).isBetween(now().minusMinutes(1), now().plusMinutes(1));
        // every buyer's first purchase lies within two days of the send, the second ones (four days) in the future
        assertThat(uplift.treated().buyers()).isEqualTo(96);
        assertThat(uplift.treated().revenue()).isLessThan(5135.04);

        long future = execution("not-sent", now().plusDays(1), "clicks");
        ExecutionAnalysis notSent = analysis.analyse(future);
        assertThat(notSent.uplift()).isNull();
        assertThat(notSent.funnel().purchased()).isNull();
    }

    @Test
    void aRecurringCampaignAddsUpItsRuns() {
        long campaignId = 900_000 + (UUID.randomUUID().hashCode() & 0xffff);
        long first = execution("history-1", now().minusDays(20), "clicks", campaignId);
        long second = execution("history-2", now().minusDays(10), "clicks", campaignId);

        CampaignHistory history = analysis.history(campaignId);

        assertThat(history.executions()).extracting(ExecutionOverview::executionId).containsExactly(first, second);
        Comparison one = analysis.analyse(first).uplift().incrementalRevenue();
        Comparison two = analysis.analyse(second).uplift().incrementalRevenue();
        assertThat(history.totalIncrementalRevenue()).isCloseTo(one.difference() + two.difference(), within(1e-6));
        double halfWidth = Math.hypot((one.upper() - one.lower()) / 2, (two.upper() - two.lower()) / 2);
        assertThat(history.totalUpper() - history.totalIncrementalRevenue()).isCloseTo(halfWidth, within(1e-6));
        assertThat(history.significant()).isTrue();
        assertThat(analysis.list(new ExecutionFilter(campaignId, null, null), 0, 10).items())
                .extracting(ExecutionOverview::executionId).containsExactly(second, first);
        assertThat(analysis.list(new ExecutionFilter(campaignId, now().minusDays(15).toLocalDate(), null), 0, 10)
                .items()).extracting(ExecutionOverview::executionId).containsExactly(second);
    }

    @Test
    void theApiAnswersTheSameNumbersAndRefusesBadFilters() {
        long id = execution("api", now().minusDays(10), "clicks");

        HttpResponse<String> json = http.get("/api/executions/" + id + "/analysis", "demo", "demo");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"incrementalRevenue\"").contains("\"significant\":true")
                .contains("\"winner\":\"B\"").doesNotContain("NaN");

        assertThat(http.get("/api/executions/" + Long.MAX_VALUE + "/analysis", "demo", "demo").statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/executions/abc/analysis", "demo", "demo").statusCode()).isEqualTo(400);
        for (String bad : List.of("campaign=1%20or%201=1", "from=2025-13-01", "to=yesterday",
                "from=2026-02-01&to=2026-01-01", "size=1000", "page=-1", "campaign=99999999999999999999")) {
            HttpResponse<String> refused = http.get("/api/executions?" + bad, "demo", "demo");
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
        }
        assertThat(http.get("/api/executions?size=5", "demo", "demo").statusCode()).isEqualTo(200);
        assertThat(http.send(http.request("/api/executions/" + id + "/analysis").header("Accept", "application/json")
                .GET().build()).statusCode()).as("no login").isEqualTo(401);
    }

    @Test
    void aBeforeSendRunAnswersNullWhereNumbersAreUnknown() {
        long id = execution("unknown", now().plusDays(3), "clicks");
        jdbc.sql("delete from delivery_metrics_snapshot where execution_id = :id").param("id", id).update();

        String body = http.get("/api/executions/" + id + "/analysis", "demo", "demo").body();

        assertThat(body).contains("\"uplift\":null").contains("\"rate\":null").doesNotContain("NaN");
    }

    @Test
    void thePagesShowTheReportAndTheExportsCannotCarryAFormula() {
        long id = execution("=HYPERLINK(\"http://evil.example\")", now().minusDays(10), "clicks");

        HttpResponse<String> page = http.get("/analysis/" + id, "demo", "demo");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"funnel-chart\"").contains("data-analysis=")
                .contains("+6.00 pp").contains("Variant B wins");
        // the page asks for the chart library without its version; Spring resolves it to the WebJar's file
        Matcher script = Pattern.compile("src=\"(/webjars/echarts/[^\"]+)\"")
                .matcher(page.body());
        assertThat(script.find()).isTrue();
        assertThat(http.get(script.group(1), "demo", "demo").statusCode()).isEqualTo(200);

        HttpResponse<String> csv = http.get("/analysis/" + id + "/export.csv", "demo", "demo");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).contains("execution,,,campaign,\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
                .contains("uplift,,,incremental_revenue_difference,2739.52");

        HttpResponse<String> list = http.get("/analysis/export.csv", "demo", "demo");
        assertThat(list.body()).startsWith("execution_id,campaign_id,campaign,").contains("'=HYPERLINK");

        HttpResponse<String> badFilter = http.get("/analysis?from=not-a-date", "demo", "demo");
        assertThat(badFilter.statusCode()).isEqualTo(200);
        assertThat(badFilter.body()).contains("class=\"field-error\"").contains("is not one");
        assertThat(http.get("/analysis", "demo", "demo").body()).contains("Campaign analysis");
    }

    @Test
    void aRunAwaitingApprovalHasAReportWithNothingInItYet() {
        String key = "test/" + UUID.randomUUID();
        jdbc.sql("""
                insert into campaign_execution (campaign_plan_id, run_date, business_key, campaign_name, target_group_id,
                    template_id, control_percent, send_at, time_zone, from_name, from_email, reply_to, opened_at)
                values (77, :runDate, :key, 'Fresh', 1, 'tmpl-a', 10, :sendAt, 'UTC', 'Shop', 'shop@example.com',
                    'shop@example.com', :sendAt)""")
                .param("runDate", now().toLocalDate()).param("key", key).param("sendAt", now().plusHours(5)).update();
        long id = jdbc.sql("select id from campaign_execution where business_key = :key").param("key", key)
                .query(Long.class).single();

        ExecutionAnalysis report = analysis.analyse(id);
        assertThat(report.status()).isEqualTo("awaiting approval");
        assertThat(report.funnel().targetSize()).isNull();
        assertThat(report.uplift()).isNull();
        assertThat(report.abTest()).isNull();
        assertThat(analysis.summarise(id)).isEqualTo("The recipient list is not built yet.");

        HttpResponse<String> page = http.get("/analysis/" + id, "demo", "demo");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bronto's metrics arrive once a day").doesNotContain("NaN");
        assertThat(http.get("/analysis/" + id + "/export.csv", "demo", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void aNameWithMarkupStaysText() {
        long id = execution("<script>alert(1)</script>", now().minusDays(10), "clicks");

        String page = http.get("/analysis/" + id, "demo", "demo").body();

        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    // --- the data: 1,010 target-group members, 10 without email, 200 held out, 400 + 400 mailed

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private long execution(String name, OffsetDateTime sendAt, String abMetric) {
        return execution(name, sendAt, abMetric, 800_000 + (UUID.randomUUID().hashCode() & 0xffff));
    }

    /**
     * Buyer {@code i} of an arm (the first 12 of the control group, 40 of A, 56 of B) spends {@link #spend}
     * in the window, split over two purchases for every fifth; every tenth customer also buys just before the
     * send and exactly at the end of the window, neither of which counts.
     */
    private long execution(String name, OffsetDateTime sendAt, String abMetric, long campaignId) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into campaign_execution (campaign_plan_id, run_date, business_key, campaign_name, target_group_id,
                    template_id, variant_template_id, split_a_percent, control_percent, send_at, time_zone, from_name,
                    from_email, reply_to, opened_at, recipients_built_at, target_size, without_email, control_size,
                    ab_test_metric)
                values (:campaign, :runDate, :key, :name, 1, 'tmpl-a', 'tmpl-b', 50, 20, :sendAt, 'UTC', 'Shop',
                    'shop@example.com', 'shop@example.com', :sendAt, :sendAt, 1010, 10, 200, :metric)""")
                .param("campaign", campaignId).param("runDate", sendAt.toLocalDate()).param("key", "test/" + tag)
                .param("name", name).param("sendAt", sendAt).param("metric", abMetric).update();
        long id = jdbc.sql("select id from campaign_execution where business_key = :key").param("key", "test/" + tag)
                .query(Long.class).single();
        arm(id, tag, Arm.CONTROL, 200, 12, sendAt);
        arm(id, tag, Arm.A, 400, 40, sendAt);
        arm(id, tag, Arm.B, 400, 56, sendAt);
        // Bronto's outcomes: of the 800 uploaded, 8 unknown to Bronto and 2 refused
        jdbc.sql("""
                update execution_recipient set outcome = 'not_in_bronto', error_code = 302
                where execution_id = :id and arm = 'A' and customer_id in (:ids)""")
                .param("id", id).param("ids", List.of(tag + "-A-390", tag + "-A-391", tag + "-A-392", tag + "-A-393",
                        tag + "-A-394", tag + "-A-395", tag + "-A-396", tag + "-A-397")).update();
        jdbc.sql("""
                update execution_recipient set outcome = 'rejected', error_code = 305
                where execution_id = :id and customer_id in (:ids)""")
                .param("id", id).param("ids", List.of(tag + "-B-398", tag + "-B-399")).update();
        variant(id, tag, Arm.A, "tmpl-a");
        variant(id, tag, Arm.B, "tmpl-b");
        // three daily pulls; the last one's counts are what the A/B test compares
        snapshot(id, tag, Arm.A, 1, sendAt.plusDays(1), 400, 380, 50, 10);
        snapshot(id, tag, Arm.A, 2, sendAt.plusDays(2), 400, 389, 90, 17);
        snapshot(id, tag, Arm.A, 3, sendAt.plusDays(3), 400, 390, 100, 20);
        snapshot(id, tag, Arm.B, 1, sendAt.plusDays(1), 400, 385, 60, 20);
        snapshot(id, tag, Arm.B, 2, sendAt.plusDays(2), 400, 391, 100, 33);
        snapshot(id, tag, Arm.B, 3, sendAt.plusDays(3), 400, 392, 108, 38);
        return id;
    }

    static double spend(int i) {
        return (i * 37) % 100 + 0.99 + (i % 5 == 0 ? 15.00 : 0);
    }

    private void arm(long id, String tag, Arm arm, int customers, int buyers, OffsetDateTime sendAt) {
        List<Object[]> recipients = new ArrayList<>();
        List<Object[]> purchases = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            String customer = tag + "-" + arm + "-" + i;
            recipients.add(new Object[] {id, customer, customer + "@example.com", arm.name(),
                    arm == Arm.CONTROL ? null : 1, arm == Arm.CONTROL ? null : "added"});
            if (i < buyers) {
                double amount = spend(i);
                if (i % 5 == 0) {
                    purchases.add(purchase(customer, "p2", sendAt.plusDays(4), 15.00));
                    amount -= 15.00;
                }
                purchases.add(purchase(customer, "p1", sendAt.plusHours(1 + i % 48), amount));
            }
            if (i % 10 == 0) {
                purchases.add(purchase(customer, "before", sendAt.minusHours(1), 99.00));
                purchases.add(purchase(customer, "after", sendAt.plusDays(7), 77.00));
            }
        }
        // in batches: a row at a time costs PostgreSQL a round trip each, minutes for this contract
        jdbcTemplate.batchUpdate("""
                insert into execution_recipient (execution_id, customer_id, email, arm, batch_no, outcome)
                values (?, ?, ?, ?, ?, ?)""", recipients);
        jdbcTemplate.batchUpdate("""
                insert into customer_transaction (id, customer_id, occurred_at, amount) values (?, ?, ?, ?)""",
                purchases);
    }

    private static Object[] purchase(String customer, String suffix, OffsetDateTime at, double amount) {
        return new Object[] {customer + "-" + suffix, customer, at,
                BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP)};
    }

    private void variant(long id, String tag, Arm arm, String template) {
        jdbc.sql("""
                insert into execution_variant (execution_id, variant, template_id, recipients, batches, list_name,
                    bronto_list_id, delivery_id)
                values (:id, :variant, :template, 400, 1, :list, :list, :delivery)""")
                .param("id", id).param("variant", arm.name()).param("template", template)
                .param("list", "list-" + tag + "-" + arm).param("delivery", "delivery-" + tag + "-" + arm).update();
    }

    private void snapshot(long id, String tag, Arm arm, int pull, OffsetDateTime at, long sends, long deliveries,
            long uniqueOpens, long uniqueClicks) {
        jdbc.sql("""
                insert into delivery_metrics_snapshot (delivery_id, pull_number, execution_id, variant, taken_at,
                    delivery_status, sends, deliveries, hard_bounces, soft_bounces, bounces, unique_opens, opens,
                    unique_clicks, clicks, delivery_rate, open_rate, click_rate, click_through_rate)
                values (:delivery, :pull, :id, :variant, :at, 'sent', :sends, :deliveries, :hard, :soft, :bounces,
                    :opens, :opens, :clicks, :clicks, 0, 0, 0, 0)""")
                .param("delivery", "delivery-" + tag + "-" + arm).param("pull", pull).param("id", id)
                .param("variant", arm.name()).param("at", at).param("sends", sends).param("deliveries", deliveries)
                .param("hard", (sends - deliveries) / 2).param("soft", sends - deliveries - (sends - deliveries) / 2)
                .param("bounces", sends - deliveries).param("opens", uniqueOpens).param("clicks", uniqueClicks)
                .update();
    }
}
