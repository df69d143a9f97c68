package io.retentionflow.bronto.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the Bronto sandbox. The API token is not here: the sandbox accepts the client's
 * ({@code BrontoProperties.apiToken()}), so one setting configures both sides.
 *
 * @param sessionIdleTimeout a session unused this long is gone (Bronto: 20 minutes)
 * @param pacePerMinute      contacts per sliding minute across all addToList calls; 0 switches pacing off
 * @param maxObjectsPerCall  objects accepted in one write call (Bronto: 5,000)
 * @param pageSize           objects in one read page when the request names no page size (Bronto: 5,000)
 * @param seedDemo           fill an empty sandbox with the demo folders, templates and contacts on start
 */
@ConfigurationProperties("sandbox")
public record SandboxProperties(
        @DefaultValue("20m") Duration sessionIdleTimeout,
        @DefaultValue("50000") int pacePerMinute,
        @DefaultValue("5000") int maxObjectsPerCall,
        @DefaultValue("5000") int pageSize,
        @DefaultValue("true") boolean seedDemo) {
}
