package io.retentionflow.bronto;

import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where Bronto is and how to sign in. The token is a secret: it comes from the environment
 * ({@code BRONTO_API_TOKEN}) or from a file ({@code bronto.api-token-file}, e.g. a Docker secret), and
 * {@link #toString()} never shows it. The file is read once, here, so the client and the sandbox both see
 * its content as {@link #apiToken()}.
 */
@Validated
@ConfigurationProperties("bronto")
public record BrontoProperties(
        @NotNull URI endpoint, String apiToken, String apiTokenFile, @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout) {

    /** Refuses both ways at once: which of two tokens is sent would otherwise be a guess. */
    @ConstructorBinding
    public BrontoProperties {
        if (apiTokenFile != null && !apiTokenFile.isBlank()) {
            if (apiToken != null && !apiToken.isBlank()) {
                throw new IllegalArgumentException("bronto.api-token (BRONTO_API_TOKEN) and bronto.api-token-file "
                        + "(BRONTO_API_TOKEN_FILE) are both set: give the Bronto API token one way only");
            }
            apiToken = read(Path.of(apiTokenFile.strip()));
            // read: from here on the token is apiToken, and a copy of these settings is no conflict
            apiTokenFile = null;
        }
    }

    public BrontoProperties(URI endpoint, String apiToken, Duration connectTimeout, Duration readTimeout) {
        this(endpoint, apiToken, null, connectTimeout, readTimeout);
    }

    /** The file's text without its trailing newline, which {@code echo token > file} adds. */
    private static String read(Path file) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("bronto.api-token-file: cannot read " + file, e);
        }
        if (token.isEmpty()) {
            throw new IllegalArgumentException("bronto.api-token-file: " + file + " is empty");
        }
        return token;
    }

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
