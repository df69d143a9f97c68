package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import io.retentionflow.RetentionFlowApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The sandbox keeps its state in the database: lists, members and the clock survive a restart; the seed runs once. */
class SandboxRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void listsMembersAndTheClockSurviveARestart() {
        String url = "jdbc:h2:file:" + dataDirectory.resolve("restart") + ";DB_CLOSE_DELAY=-1";
        String listId;
        Duration offset;
        try (ConfigurableApplicationContext first = start(url)) {
            SandboxSoap soap = soapOf(first);
            String session = soap.login();
            listId = soap.call(session, "<v4:addLists><lists><name>survivor</name></lists></v4:addLists>").ok().text("//results/id");
            soap.call(session, "<v4:addToList><list><id>" + listId + "</id></list><contacts><email>paul.davis1@example.net</email>"
                    + "</contacts></v4:addToList>").ok();
            first.getBean(SandboxClock.class).advance(Duration.ofHours(5));
            offset = first.getBean(SandboxClock.class).offset();
        }

        try (ConfigurableApplicationContext second = start(url)) {
            SandboxSoap soap = soapOf(second);
            SandboxSoap.Answer read = soap.call(soap.login(), "<v4:readLists><filter><id>" + listId + "</id></filter>"
                    + "<pageNumber>1</pageNumber></v4:readLists>").ok();

            assertThat(read.text("//return/name")).isEqualTo("survivor");
            assertThat(read.text("//return/activeCount")).isEqualTo("1");
            assertThat(second.getBean(SandboxClock.class).offset()).isEqualTo(offset);
            assertThat(second.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("select count(*) from sandbox_message_folder where name = 'Optimove'").query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(RetentionFlowApplication.class)
                .profiles("sandbox")
                // arguments, not default properties: those rank below application.yaml
                .run("--server.port=0", "--spring.datasource.url=" + url, "--camunda.bpm.job-execution.enabled=false",
                        "--bronto.api-token=" + SandboxSoap.TOKEN);
    }

    private static SandboxSoap soapOf(ConfigurableApplicationContext context) {
        return new SandboxSoap(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }
}
