package io.retentionflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.ProductNode;
import io.retentionflow.support.RequiresPostgres;
import io.retentionflow.support.SandboxWitness;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two product processes on one PostgreSQL, as a cluster runs: both run the night at the same moment, both
 * work the campaigns' jobs, and together they keep Bronto's pace, as the sandbox's record of every accepted
 * upload shows: never more than 50,000 contacts in a sliding minute, and within 5 % of that pace while there
 * is work. Three A/B campaigns of 55,000 customers each (about 148,500 contacts) take a little over two
 * minutes at the pace.
 */
@RequiresPostgres
class TwoNodeClusterIT {

    private static final int PACE = 50_000;
    private static final int CUSTOMERS = 55_000;
    private static final int CAMPAIGNS = 3;

    @Test
    void twoNodesStartEachCampaignOnceShareTheUploadsAndKeepThePace() {
        String database = PostgresTestDatabase.createDatabase("cluster");
        // the first node creates the schema; the second joins it
        try (ProductNode one = ProductNode.start("node-1", database);
                ProductNode two = ProductNode.start("node-2", database)) {
            CampaignScenario scenario = new CampaignScenario(database);
            scenario.customers(CUSTOMERS);
            List<Long> plans = scenario.campaigns(CAMPAIGNS, one.http(), Duration.ofMinutes(30));
            LocalDate today = scenario.sendDate();

            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> CampaignScenario.nightlyRun(one.http(), today)),
                    CompletableFuture.runAsync(() -> CampaignScenario.nightlyRun(two.http(), today))).join();
            for (int i = 0; i < plans.size(); i++) {
                CampaignScenario.approve((i % 2 == 0 ? one : two).http(), plans.get(i) + "/" + today);
            }
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2)).until(() ->
                    scenario.jdbc.sql("select count(*) from execution_variant where delivery_id is not null")
                            .query(Long.class).single() == 2L * CAMPAIGNS);

            // one execution and one process per campaign and date, though both nodes ran the night
            assertThat(scenario.jdbc.sql("select count(*) from campaign_execution").query(Long.class).single())
                    .isEqualTo(CAMPAIGNS);
            assertThat(scenario.jdbc.sql("""
                    select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_
                    where d.key_ = 'campaignExecution'""").query(Long.class).single()).isEqualTo(CAMPAIGNS);
            // Both nodes worked the campaigns. Which one uploads is the node that polls first after a minute's slot:
            // its ten timers fall due at once and one acquisition takes them all, so three minutes of uploads may
            // well all go to one node.
            Map<String, Long> jobsByNode = scenario.jdbc.sql("""
                    select hostname_, count(*) as jobs from act_hi_job_log
                    where process_def_key_ = 'campaignExecution' and job_state_ = 2 group by hostname_""")
                    .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            System.out.printf("campaign jobs done by node: %s%n", new TreeMap<>(jobsByNode));
            assertThat(jobsByNode).containsOnlyKeys("node-1", "node-2");

            // the product kept the pace itself: Bronto (the sandbox) never had to refuse a batch for it
            assertThat(scenario.jdbc.sql("""
                    select job_exception_msg_ from act_hi_job_log
                    where act_id_ = 'serviceTask_uploadContactBatch' and job_state_ = 1""")
                    .query(String.class).list()).isEmpty();

            // the night's contact sync found each customer in Bronto as the product knows them: it looked them up and
            // wrote none; the sync of the other node's run found them in hand and took on no one
            Map<String, Object> sync = scenario.jdbc.sql("""
                    select count(*) as customers, count(distinct s.id) as syncs,
                           count(case when i.outcome <> 'unchanged' then 1 end) as written,
                           extract(epoch from max(s.finished_at) - min(s.started_at)) as seconds
                    from contact_sync_item i join contact_sync s on s.id = i.sync_id""").query().singleRow();
            System.out.printf("contact sync: %,d customers looked up in %.0f s%n", sync.get("customers"),
                    ((Number) sync.get("seconds")).doubleValue());
            assertThat(sync).containsEntry("customers", (long) CUSTOMERS).containsEntry("syncs", 1L)
                    .containsEntry("written", 0L);

            SandboxWitness sandbox = new SandboxWitness(scenario.jdbc);
            List<SandboxWitness.Upload> uploads = sandbox.uploads();
            long total = uploads.stream().mapToLong(SandboxWitness.Upload::contacts).sum();
            long most = SandboxWitness.mostInAnyWindow(uploads, Duration.ofSeconds(60));
            double efficiency = SandboxWitness.paceEfficiency(uploads, PACE);
            System.out.printf("two nodes: %,d contacts in %d uploads over %s; most in a sliding minute %,d; "
                    + "pace efficiency %.3f%n", total, uploads.size(),
                    Duration.between(uploads.get(0).at(), uploads.get(uploads.size() - 1).at()), most, efficiency);
            assertThat(most).isLessThanOrEqualTo(PACE);
            assertThat(efficiency).isGreaterThanOrEqualTo(0.95);

            for (Map<String, Object> variant : scenario.jdbc.sql(
                    "select list_name, recipients from execution_variant").query().listOfRows()) {
                String list = (String) variant.get("list_name");
                assertThat(sandbox.members(list)).hasSize(((Number) variant.get("recipients")).intValue());
                assertThat(sandbox.deliveriesTo(list)).isOne();
            }
        }
    }
}
