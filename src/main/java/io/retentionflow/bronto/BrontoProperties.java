package io.retentionflow.bronto;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where Bronto is and how to sign in. The token is a secret: it comes from the environment
 * ({@code BRONTO_API_TOKEN}) and {@link #toString()} never shows it.
 */
@Validated
@ConfigurationProperties("bronto")
public record BrontoProperties(
        @NotNull URI endpoint, String apiToken, @NotNull Duration connectTimeout, @NotNull Duration readTimeout) {

    /** The same settings with the endpoint on another port. */
    public BrontoProperties onPort(int port) {
        return new BrontoProperties(UriComponentsBuilder.fromUri(endpoint).port(port).build().toUri(), apiToken,
                connectTimeout, readTimeout);
    }

    public boolean hasApiToken() {
        return apiToken != null && !apiToken.isBlank();
    }

    @Override
    public String toString() {
        return "BrontoProperties[endpoint=%s, apiToken=%s, connectTimeout=%s, readTimeout=%s]"
                .formatted(endpoint, hasApiToken() ? "(set)" : "(not set)", connectTimeout, readTimeout);
    }
}
