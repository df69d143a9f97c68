package io.retentionflow.benchmark;

import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.campaigns.execution.ExecutionFixture;
import io.retentionflow.campaigns.execution.RecipientListCounts;
import io.retentionflow.campaigns.execution.RecipientLists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly list build: ten campaigns due on the same day, each with a control group and one with an A/B split,
 * over a generated base of modelled customers. Each list is built as its campaign's process builds it
 * ({@link RecipientLists#build}), all ten at once as the job executor's threads would run them; timed from the first
 * start to the last list committed.
 */
final class ListBuildBenchmark {

    /** Ten marketers' target groups: by stage, value, churn risk, recency and country, overlapping like real ones. */
    private static final List<String> TARGET_GROUPS = List.of(
            "{\"field\":\"purchases\",\"op\":\">=\",\"value\":1}",
            "{\"field\":\"stage\",\"op\":\"=\",\"value\":\"at_risk\"}",
            "{\"field\":\"stage\",\"op\":\"in\",\"value\":[\"lapsed\",\"at_risk\"]}",
            "{\"all\":[{\"field\":\"value_tier\",\"op\":\"=\",\"value\":\"high\"},{\"field\":\"p_alive\",\"op\":\"<\",\"value\":0.5}]}",
            "{\"field\":\"stage\",\"op\":\"=\",\"value\":\"new\"}",
            "{\"field\":\"clv\",\"op\":\">=\",\"value\":250}",
            "{\"field\":\"days_since_last_purchase\",\"op\":\"between\",\"value\":[30,180]}",
            "{\"field\":\"country\",\"op\":\"in\",\"value\":[\"DE\",\"NL\"]}",
            "{\"all\":[{\"field\":\"r_score\",\"op\":\">=\",\"value\":4},{\"field\":\"f_score\",\"op\":\">=\",\"value\":3}]}",
            "{\"field\":\"stage\",\"op\":\"=\",\"value\":\"reactivated\"}");
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 7, 1);

    private ListBuildBenchmark() {
    }

    static Figure measure(ApplicationContext app, int customers, int threads) {
        JdbcTemplate jdbcTemplate = app.getBean(JdbcTemplate.class);
        JdbcClient jdbc = JdbcClient.create(jdbcTemplate);
        jdbcTemplate.execute("truncate customer, customer_transaction cascade");
        GeneratedAudience.insert(jdbcTemplate, customers, false);
        CampaignExecutions executions = app.getBean(CampaignExecutions.class);
        List<Long> executionIds = new ArrayList<>();
        for (int i = 0; i < TARGET_GROUPS.size(); i++) {
            long group = GeneratedAudience.targetGroup(jdbc, "list build " + i, TARGET_GROUPS.get(i));
            long plan = ExecutionFixture.plan(jdbc, "list build " + i, group, "template-a", i == 0 ? "template-b" : null,
                    RUN_DATE, "shop@example.com");
            executionIds.add(executions.open(plan, RUN_DATE).id());
        }

        RecipientLists lists = app.getBean(RecipientLists.class);
        ExecutorService jobThreads = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<RecipientListCounts>> builds = executionIds.stream()
                .map(id -> jobThreads.submit(() -> lists.build(id))).toList();
        long targeted = 0;
        long rows = 0;
        for (Future<RecipientListCounts> build : builds) {
            RecipientListCounts counts = get(build);
            targeted += counts.targetSize();
            rows += counts.targetSize() - counts.withoutEmail();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        jobThreads.shutdown();
        return new Figure("nightly list build: %,d customers, %d campaigns with control groups, one A/B split"
                .formatted(customers, TARGET_GROUPS.size()), seconds, "s", 30.0,
                ("%,d members targeted, %,d recipient rows written (control included); the %d lists built at once on"
                        + " %d threads, as the job executor runs them; one run").formatted(targeted, rows,
                        TARGET_GROUPS.size(), threads));
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a list build failed", e.getCause());
        }
    }
}
