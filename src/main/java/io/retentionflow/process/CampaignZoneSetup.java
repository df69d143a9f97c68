package io.retentionflow.process;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Camunda 7.24 evaluates cron timers in the JVM's default zone, so the nightly run's "02:00" means
 * 02:00 where the JVM thinks it is. Setting the default zone from {@code campaigns.zone} before the
 * engine starts makes one setting decide it on every node. Registered in META-INF/spring.factories.
 */
public class CampaignZoneSetup implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String zone = environment.getProperty("campaigns.zone");
        if (zone != null && !zone.isBlank()) {
            TimeZone.setDefault(TimeZone.getTimeZone(java.time.ZoneId.of(zone.strip())));
        }
    }
}
