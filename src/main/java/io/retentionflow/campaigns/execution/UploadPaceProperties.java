package io.retentionflow.campaigns.execution;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The upload pace of the Bronto account, beside {@code BrontoProperties} under the same prefix: contacts per
 * sliding minute across every node, and the margin added to the minute for the time a call takes to reach
 * Bronto after its reserved instant.
 */
@ConfigurationProperties("bronto")
public record UploadPaceProperties(@DefaultValue("50000") int pacePerMinute, @DefaultValue("1s") Duration paceMargin) {

    public UploadPaceProperties {
        if (pacePerMinute <= 0) {
            throw new IllegalArgumentException("bronto.pace-per-minute must be positive, not " + pacePerMinute);
        }
        if (paceMargin.isNegative()) {
            throw new IllegalArgumentException("bronto.pace-margin must not be negative");
        }
    }
}
