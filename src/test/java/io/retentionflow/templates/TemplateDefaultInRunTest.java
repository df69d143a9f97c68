package io.retentionflow.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.campaigns.execution.CampaignExecution;
import io.retentionflow.campaigns.execution.CampaignExecutions;
import io.retentionflow.campaigns.execution.ExecutionFixture;
import io.retentionflow.campaigns.execution.ExecutionId;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A run opened after a template default was set sends with it, against the sandbox's Optimove folder. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:template-run-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "imports.demo-data=false"})
@ActiveProfiles("sandbox")
class TemplateDefaultInRunTest {

    @Autowired TemplateSenders senders;
    @Autowired CampaignExecutions executions;
    @Autowired JdbcClient jdbc;

    @Test
    void aRunOpenedAfterATemplateDefaultWasSetSendsWithIt() {
        String tag = "tpl" + UUID.randomUUID().toString().substring(0, 6);
        String templateA = senders.list().get(0).id();
        String templateB = senders.list().get(1).id();
        senders.saveGlobal(new Sender(null, null, "global-care@shop.example"));
        senders.saveForTemplate(templateA, new Sender(null, "winback@shop.example", null));
        senders.saveForTemplate(templateB, new Sender(null, "not-variant-a@shop.example", null));
        LocalDate runDate = LocalDate.of(2031, 3, 4);
        // the fixture's plan names its own From name and leaves From address and Reply-To to the defaults
        long planId = ExecutionFixture.plan(jdbc, tag, ExecutionFixture.targetGroup(jdbc, tag), templateA, templateB,
                runDate, null);

        ExecutionId opened = executions.open(planId, runDate);

        CampaignExecution execution = executions.get(opened.id());
        assertThat(execution.fromName()).isEqualTo("Win-back team");
        assertThat(execution.fromEmail()).isEqualTo("winback@shop.example");
        assertThat(execution.replyTo()).isEqualTo("global-care@shop.example");
        assertThat(jdbc.sql("select from_email from campaign_execution where id = :id").param("id", opened.id())
                .query(String.class).single()).isEqualTo("winback@shop.example");
    }
}
