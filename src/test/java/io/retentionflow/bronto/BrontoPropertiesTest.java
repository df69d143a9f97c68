package io.retentionflow.bronto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API token from the environment or from a secret file, never both, never shown. */
class BrontoPropertiesTest {

    private static final String TOKEN = "5D0E4F2A-1B3C-4D5E-8F90-A1B2C3D4E5F6";

    @TempDir
    Path folder;

    private static BrontoProperties settings(String token, String tokenFile) {
        return new BrontoProperties(URI.create("https://api.bronto.com/v4"), token, tokenFile, Duration.ofSeconds(5),
                Duration.ofSeconds(30));
    }

    @Test
    void theTokenIsReadFromItsFileWithoutTheTrailingNewline() throws Exception {
        Path secret = Files.writeString(folder.resolve("bronto_api_token"), TOKEN + "\n");

        BrontoProperties properties = settings(null, secret.toString());

        assertThat(properties.apiToken()).isEqualTo(TOKEN);
        assertThat(properties.toString()).doesNotContain(TOKEN);
        assertThat(properties.onPort(8443).apiToken()).isEqualTo(TOKEN);
    }

    @Test
    void theTokenFromTheEnvironmentIsUsedWhenNoFileIsNamed() {
        assertThat(settings(TOKEN, "").apiToken()).isEqualTo(TOKEN);
        assertThat(settings(TOKEN, null).apiToken()).isEqualTo(TOKEN);
    }

    @Test
    void bothAtOnceAreRefusedNamingBothSettings() throws Exception {
        Path secret = Files.writeString(folder.resolve("bronto_api_token"), TOKEN);

        assertThatThrownBy(() -> settings("another-token", secret.toString()))
                .hasMessageContaining("BRONTO_API_TOKEN").hasMessageContaining("bronto.api-token-file")
                .hasMessageNotContaining(TOKEN).hasMessageNotContaining("another-token");
    }

    @Test
    void aMissingOrEmptyFileIsRefusedNamingTheFile() throws Exception {
        Path missing = folder.resolve("nothing-here");
        assertThatThrownBy(() -> settings(null, missing.toString())).hasMessageContaining(missing.toString());

        Path empty = Files.writeString(folder.resolve("empty"), "\n");
        assertThatThrownBy(() -> settings(" ", empty.toString())).hasMessageContaining(empty + " is empty");
    }
}
