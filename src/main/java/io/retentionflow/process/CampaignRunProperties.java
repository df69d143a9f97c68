package io.retentionflow.process;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When and how campaigns run (the {@code campaigns.*} keys about the lifecycle; the sender defaults
 * under the same prefix belong to the campaign plans).
 *
 * @param nightlyCron         the nightly run, a Camunda 7.24 cron: six fields, no year
 * @param zone                the business's zone: "today" of the nightly run, and the JVM's default zone,
 *                            in which Camunda evaluates cron timers (set by {@link CampaignZoneSetup})
 * @param approvalLeadTime    how long before the send time the template must be approved
 * @param metricsPullInterval the wait between two pulls of delivery metrics, ISO-8601
 * @param metricsPullCount    how many pulls after the send
 */
@ConfigurationProperties("campaigns")
public record CampaignRunProperties(
        @DefaultValue("0 0 2 * * ?") String nightlyCron,
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("PT1H") Duration approvalLeadTime,
        @DefaultValue("P1D") String metricsPullInterval,
        @DefaultValue("7") int metricsPullCount) {

    public CampaignRunProperties {
        if (metricsPullCount < 1) {
            throw new IllegalArgumentException("campaigns.metrics-pull-count must be at least 1");
        }
        try {
            Duration.parse(metricsPullInterval);
        } catch (RuntimeException notADuration) {
            Period.parse(metricsPullInterval);
        }
    }
}
