package io.retentionflow.campaigns.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.campaigns.Arm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A recipient list of 100,000 members on H2: the arms within a point of the plan, batches of at most 5,000
 * numbered from 1 without gaps, and a second build that changes nothing. The time is printed, not asserted.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:execution-scale-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "imports.demo-data=false"})
@ActiveProfiles("sandbox")
class RecipientListsAtScaleTest {

    private static final int MEMBERS = 100_000;

    @Autowired CampaignExecutions executions;
    @Autowired RecipientLists recipientLists;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate jdbcTemplate;

    @Test
    void aHundredThousandMembersBecomeBatchesOfAtMostFiveThousandPerVariant() {
        List<Object[]> rows = new ArrayList<>(MEMBERS);
        for (int i = 0; i < MEMBERS; i++) {
            rows.add(new Object[] {"m" + i, i % 50 == 0 ? null : "m" + i + "@example.com", "SC"});
        }
        ExecutionFixture.insertRows(jdbcTemplate, rows);
        long planId = ExecutionFixture.plan(jdbc, "SC", ExecutionFixture.targetGroup(jdbc, "SC"), "t-a", "t-b",
                LocalDate.of(2025, 6, 5), "news@shop.example");
        long executionId = executions.open(planId, LocalDate.of(2025, 6, 5)).id();

        long started = System.nanoTime();
        RecipientListCounts counts = recipientLists.build(executionId);
        System.out.printf("built a recipient list of %,d members in %d ms%n", MEMBERS, (System.nanoTime() - started) / 1_000_000);

        assertThat(counts.targetSize()).isEqualTo(MEMBERS);
        assertThat(counts.withoutEmail()).isEqualTo(MEMBERS / 50);
        long withEmail = MEMBERS - MEMBERS / 50;
        assertThat(counts.control() + counts.recipients().get(Arm.A) + counts.recipients().get(Arm.B)).isEqualTo(withEmail);
        assertThat((double) counts.control() / withEmail).isBetween(0.09, 0.11);
        assertThat((double) counts.recipients().get(Arm.A) / (withEmail - counts.control())).isBetween(0.49, 0.51);
        for (Arm variant : List.of(Arm.A, Arm.B)) {
            long recipients = counts.recipients().get(variant);
            assertThat(counts.batches().get(variant)).isEqualTo((int) ((recipients + 4_999) / 5_000));
            List<Map<String, Object>> batches = jdbcTemplate.queryForList("""
                    select batch_no, count(*) as members from execution_recipient
                    where execution_id = ? and arm = ? group by batch_no order by batch_no""", executionId, variant.name());
            assertThat(batches).hasSize(counts.batches().get(variant));
            for (int i = 0; i < batches.size(); i++) {
                assertThat(((Number) batches.get(i).get("batch_no")).intValue()).isEqualTo(i + 1);
                long members = ((Number) batches.get(i).get("members")).longValue();
                assertThat(members).isEqualTo(i < batches.size() - 1 ? 5_000 : recipients - 5_000L * i);
            }
        }
        assertThat(jdbcTemplate.queryForObject(
                "select count(*) from execution_recipient where execution_id = ? and arm = 'CONTROL' and batch_no is null",
                Long.class, executionId)).isEqualTo(counts.control());

        assertThat(recipientLists.build(executionId)).isEqualTo(counts);
        assertThat(jdbcTemplate.queryForObject("select count(*) from execution_recipient where execution_id = ?",
                Long.class, executionId)).isEqualTo(withEmail);
    }
}
