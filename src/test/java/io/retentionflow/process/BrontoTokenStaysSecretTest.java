package io.retentionflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.support.PlainHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Bronto API token, read from a secret file as in production, through a whole campaign on the sandbox with
 * the client's and Spring-WS's logging at DEBUG: afterwards it is in no log line, in no row of any table (process
 * variables, their history and every update of them, byte arrays, job and incident messages, the product's own
 * tables), and in no answer of the pages and APIs a user or operator would open.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:bronto-token-secret;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.job-execution.wait-time-in-millis=200",
    "camunda.bpm.job-execution.max-wait=1000",
    "campaigns.approval-lead-time=PT0S",
    "campaigns.metrics-pull-interval=PT1S",
    "imports.demo-data=false",
    // the sandbox profile's own token steps aside for the file
    "bronto.api-token=",
    "logging.level.io.retentionflow=DEBUG",
    "logging.level.org.springframework.ws=DEBUG",
    "logging.level.org.springframework.ws.client.MessageTracing=DEBUG",
    "logging.level.org.springframework.ws.server.MessageTracing=DEBUG"
})
class BrontoTokenStaysSecretTest extends CampaignLifecycleContract {

    private static final String TOKEN = "TKN" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT).replace("-", "");

    @DynamicPropertySource
    static void tokenFile(DynamicPropertyRegistry registry) {
        try {
            Path secret = Files.createTempFile("bronto_api_token", "");
            secret.toFile().deleteOnExit();
            Files.writeString(secret, TOKEN + "\n");
            registry.add("bronto.api-token-file", secret::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    /** The campaign runs inside the test below, not as a test of its own. */
    @Override
    void fromTheNightlyRunToTheCleanupTask() {
        super.fromTheNightlyRunToTheCleanupTask();
    }

    @Test
    void theTokenIsNowhereAfterAWholeCampaign(CapturedOutput output) throws Exception {
        fromTheNightlyRunToTheCleanupTask();

        assertThat(output.getAll()).as("the captured log").contains("Sent request [").doesNotContain(TOKEN);

        // every value a variable ever had stays in the history of updates
        assertThat(engineConfiguration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(tablesHolding(TOKEN)).as("columns holding the token").isEmpty();
        String listName = history.createHistoricVariableInstanceQuery().variableName(CampaignExecutionProcess.Variables.LIST_NAMES)
                .list().get(0).getValue().toString();
        assertThat(tablesHolding(listName)).as("the search finds what is there").contains("ACT_HI_VARINST.TEXT_");

        PlainHttp http = new PlainHttp(port);
        long execution = jdbc.sql("select max(id) from campaign_execution").query(Long.class).single();
        long campaign = jdbc.sql("select max(id) from campaign_plan").query(Long.class).single();
        for (String path : List.of("/", "/campaigns", "/campaigns/" + campaign, "/templates", "/analysis",
                "/analysis/" + execution, "/api/campaigns", "/api/campaigns/templates", "/api/templates", "/api/executions",
                "/api/executions/" + execution + "/analysis", "/sandbox/control/clock", "/sandbox/control/uploads",
                "/actuator/health", "/actuator/env", "/actuator/configprops", "/engine-rest/history/variable-instance",
                "/engine-rest/history/detail", "/engine-rest/history/job-log", "/engine-rest/history/incident",
                "/engine-rest/history/activity-instance", "/sandbox/bronto/v4?wsdl")) {
            var answer = http.get(path, "demo", "demo");
            assertThat(answer.statusCode()).as(path).isLessThan(500);
            assertThat(answer.body()).as(path).doesNotContain(TOKEN);
        }
    }

    /** Every TABLE.COLUMN of the database with a value containing {@code needle}, binary values read as bytes. */
    private List<String> tablesHolding(String needle) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (names.next()) {
                    if (!"INFORMATION_SCHEMA".equalsIgnoreCase(names.getString("TABLE_SCHEM"))) {
                        tables.add(names.getString("TABLE_SCHEM") + ".\"" + names.getString("TABLE_NAME") + "\"");
                    }
                }
            }
            assertThat(tables).as("tables searched").hasSizeGreaterThan(40);
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("select * from " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            if (text(rows.getObject(column)).contains(needle)) {
                                found.add(table.substring(table.indexOf('"') + 1, table.length() - 1) + "."
                                        + rows.getMetaData().getColumnName(column));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.ISO_8859_1);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return String.valueOf(value);
    }
}
