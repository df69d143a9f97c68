package io.retentionflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.ProductNode;
import io.retentionflow.support.RequiresPostgres;
import io.retentionflow.support.SandboxWitness;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The product killed with SIGKILL again and again while it runs a campaign of 50,000 customers (45,000 or so
 * mailed in two A/B variants, a control group held out): after approval, while the list is built, between and
 * during the paced batch uploads, around the scheduling. Restarted each time, it must end with exactly the
 * expected contacts on each Bronto list, exactly one delivery per variant and every batch accounted for, as
 * the sandbox's own tables record them. The moments are drawn from a seeded random, printed with the phase
 * each kill hit, so a failing run can be told apart from another.
 */
@RequiresPostgres
class CrashRecoveryIT {

    private static final int CUSTOMERS = 50_000;
    private static final int KILLS = 10;
    /** Kills around the approval, the list's build and its look-up in Bronto; the others hit the upload. */
    private static final int KILLS_BEFORE_THE_UPLOAD = 3;
    /**
     * Below Bronto's 50,000: the ~45,000 mailed contacts then take over two minutes to upload instead of going out in
     * the first minute's allowance within seconds, so the kills, one every few seconds after each restart, land in it.
     */
    private static final int PACE = 20_000;

    @Test
    void killedAtRandomMomentsTheCampaignStillSendsToEveryRecipientOnce() {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        String database = PostgresTestDatabase.createDatabase("crash");
        // the sandbox refuses nothing here, so its record shows all the product sent, over the pace or not
        try (ProductNode node = ProductNode.start("crash-node", database, "--sandbox.pace-per-minute=0",
                "--bronto.pace-per-minute=" + PACE)) {
            CampaignScenario scenario = new CampaignScenario(database);
            scenario.customers(CUSTOMERS);
            long plan = scenario.campaigns(1, node.http(), Duration.ofMinutes(40)).get(0);
            LocalDate today = scenario.sendDate();
            String businessKey = plan + "/" + today;

            CampaignScenario.nightlyRun(node.http(), today);
            CampaignScenario.approve(node.http(), businessKey);

            List<String> phases = new ArrayList<>();
            // the pauses are the random moments of the kills, not waits for a condition; the first lands within
            // moments of the approval, in its recording or the list's build
            sleep(random.nextInt(1_500));
            phases.add(kill(node, scenario.jdbc));
            while (phases.size() < KILLS) {
                node.restart();
                if (phases.size() == KILLS_BEFORE_THE_UPLOAD) {
                    // a killed node's job waits for its lock to expire: kills this close together would keep the
                    // look-up from ever ending; the rest land in the upload
                    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                            .until(() -> coverageChecked(scenario.jdbc));
                }
                // the upload of ~45,000 at 20,000 a minute takes over two minutes: kills a few seconds apart hit it
                sleep(1_000 + random.nextInt(6_000));
                phases.add(kill(node, scenario.jdbc));
            }
            node.restart();
            System.out.printf("crash seed %d: %d kills, at %s%n", seed, phases.size(), phases);

            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> scheduled(scenario.jdbc));
            assertThat(phases).hasSizeGreaterThanOrEqualTo(KILLS);
            assertThat(phases).as("seed %d", seed).anyMatch(phase -> phase.startsWith("uploading"));

            SandboxWitness sandbox = new SandboxWitness(scenario.jdbc);
            assertThat(scenario.jdbc.sql("select count(*) from campaign_execution").query(Long.class).single()).isOne();
            assertThat(scenario.jdbc.sql("""
                    select count(*) from act_hi_procinst where business_key_ = :key""")
                    .param("key", businessKey).query(Long.class).single()).isOne();
            assertThat(scenario.jdbc.sql("""
                    select count(*) from execution_recipient where arm <> 'CONTROL' and (outcome is null or outcome <> 'added')""")
                    .query(Long.class).single()).as("every batch uploaded, every contact added").isZero();
            for (Map<String, Object> variant : scenario.jdbc.sql(
                    "select variant, list_name, recipients from execution_variant").query().listOfRows()) {
                String list = (String) variant.get("list_name");
                Set<String> expected = new HashSet<>(scenario.jdbc.sql("""
                        select email from execution_recipient where arm = :arm""")
                        .param("arm", variant.get("variant")).query(String.class).list());
                assertThat(expected).hasSize(((Number) variant.get("recipients")).intValue());
                assertThat(sandbox.members(list)).as("list %s", list).isEqualTo(expected);
                assertThat(sandbox.addedTo(list)).as("each contact added once").isEqualTo(expected.size());
                assertThat(sandbox.deliveriesTo(list)).as("deliveries to %s", list).isOne();
            }
            assertThat(SandboxWitness.mostInAnyWindow(sandbox.uploads(), Duration.ofSeconds(60)))
                    .isLessThanOrEqualTo(PACE);
        }
    }

    /** Kills the node and says what it was doing, read from the database the moment it died. */
    private static String kill(ProductNode node, JdbcClient jdbc) {
        node.kill();
        Map<String, Object> progress = jdbc.sql("""
                select (select count(*) from campaign_execution where recipients_built_at is not null) as built,
                       (select count(*) from campaign_execution where coverage_checked_at is not null) as checked,
                       (select count(*) from execution_recipient where arm <> 'CONTROL') as mailed,
                       (select count(*) from execution_recipient r join campaign_execution e on e.id = r.execution_id
                        where r.arm <> 'CONTROL' and r.customer_id <= e.coverage_checked_through) as looked_up,
                       (select count(*) from execution_recipient where arm <> 'CONTROL' and outcome is not null) as uploaded,
                       (select count(*) from execution_variant where delivery_id is not null) as scheduled
                """).query().singleRow();
        long mailed = ((Number) progress.get("mailed")).longValue();
        long uploaded = ((Number) progress.get("uploaded")).longValue();
        if (((Number) progress.get("built")).longValue() == 0) {
            return "before the list was built";
        }
        if (((Number) progress.get("checked")).longValue() == 0) {
            return "checking coverage (" + progress.get("looked_up") + " of " + mailed + " looked up)";
        }
        if (uploaded < mailed) {
            return "uploading (" + uploaded + " of " + mailed + ")";
        }
        long scheduled = ((Number) progress.get("scheduled")).longValue();
        return scheduled < 2 ? "scheduling (" + scheduled + " of 2 deliveries)" : "waiting for the send";
    }

    private static boolean coverageChecked(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from campaign_execution where coverage_checked_at is not null")
                .query(Long.class).single() == 1;
    }

    private static boolean scheduled(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from execution_variant where delivery_id is not null").query(Long.class)
                .single() == 2;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
