package io.retentionflow.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.campaigns.execution.ExecutionFixture;
import io.retentionflow.campaigns.execution.RecipientLists;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The check before the upload on a list of several chunks, looked up side by side: when Bronto goes down in the middle,
 * the chunks before are kept, and the retry looks up only the rest.
 */
@Import(WriteRecorder.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:coverage-check;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "imports.demo-data=false"
})
class CoverageCheckTest {

    @Autowired
    WriteRecorder recorder;

    @Autowired
    BrontoCoverage coverage;

    @Autowired
    CampaignExecutions executions;

    @Autowired
    RecipientLists recipientLists;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCheckStoppedByAnOutageGoesOnAfterTheLastChunkRecorded() {
        ExecutionFixture.insertMembersKnownToBronto(jdbcTemplate, "parts", 16_000);
        long plan = ExecutionFixture.plan(jdbc, "parts", ExecutionFixture.targetGroup(jdbc, "parts"),
                "0bba03eb0000000000000000000000000001", null, LocalDate.of(2031, 3, 3), "shop@example.com");
        long execution = executions.open(plan, LocalDate.of(2031, 3, 3)).id();
        recipientLists.build(execution);
        List<String> mailed = jdbc.sql("""
                select email from execution_recipient where execution_id = ? and arm <> 'CONTROL' order by customer_id""")
                .param(execution).query(String.class).list();
        assertThat(mailed).as("three chunks of at most 5,000").hasSizeBetween(10_001, 15_000);

        recorder.clear();
        recorder.unavailableFor(mailed.get(7_000)); // in the second chunk
        assertThatThrownBy(() -> coverage.lookUp(execution, 4)).isInstanceOf(BrontoUnavailableException.class);
        assertThat(jdbc.sql("select count(*) from customer_in_bronto").query(Long.class).single())
                .as("the first chunk recorded, the third (looked up beside the second) not").isEqualTo(5_000);
        assertThat(coverage.ofExecution(execution)).as("not checked yet").isEmpty();

        recorder.clear();
        assertThat(coverage.lookUp(execution, 4)).as("everyone looked up").isTrue();
        assertThat(recorder.lookedUp()).as("the retry looks up those after the first chunk, each once")
                .containsExactlyInAnyOrderElementsOf(mailed.subList(5_000, mailed.size()));
        Coverage checked = coverage.ofExecution(execution).orElseThrow();
        assertThat(checked.customers()).isEqualTo(mailed.size());
        assertThat(checked.receivable()).isEqualTo(mailed.size());
    }
}
