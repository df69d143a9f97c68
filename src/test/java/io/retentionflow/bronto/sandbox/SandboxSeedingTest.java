package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo seed is complete before the web server takes its first request. */
@SandboxIntegrationTest
@Import(SandboxSeedingTest.SeedStateAtServerStart.class)
class SandboxSeedingTest {

    @Autowired
    AtomicReference<Boolean> seededWhenServerStarted;

    @Test
    void theSandboxIsSeededBeforeTheWebServerAcceptsRequests() {
        assertThat(seededWhenServerStarted.get()).isTrue();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SeedStateAtServerStart {

        /** Filled when the server has started listening: what a first request would find. */
        @Bean
        AtomicReference<Boolean> seededWhenServerStarted() {
            return new AtomicReference<>();
        }

        @Bean
        ApplicationListener<ServletWebServerInitializedEvent> seedStateRecorder(AtomicReference<Boolean> seededWhenServerStarted,
                JdbcClient jdbc) {
            return event -> seededWhenServerStarted.set(
                    jdbc.sql("select demo_seeded from sandbox_account where id = 1").query(Boolean.class).single());
        }
    }
}
