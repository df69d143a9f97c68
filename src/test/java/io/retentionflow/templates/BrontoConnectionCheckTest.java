package io.retentionflow.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.retentionflow.bronto.BrontoAuthenticationException;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.bronto.BrontoProperties;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.bronto.MessageFolder;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way a connection to Bronto fails, in the words the account owner reads, with Bronto's code. */
class BrontoConnectionCheckTest {

    private static final BrontoProperties WITH_TOKEN = new BrontoProperties(URI.create("https://api.bronto.com/v4"),
            "a-token", Duration.ofSeconds(5), Duration.ofSeconds(30));

    private final BrontoGateway bronto = mock(BrontoGateway.class);
    private final BrontoConnectionCheck check = new BrontoConnectionCheck(bronto, WITH_TOKEN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "102 | does not know this API token",
        "121 | token is inactive",
        "111 | refuses calls from this server's IP address",
        "104 | lacks a permission",
        "109 | account is inactive, locked or unknown",
        "119 | account is inactive, locked or unknown",
        "120 | account is inactive, locked or unknown"})
    void aRefusedSignInSaysWhyAndWhatToDo(int code, String words) {
        doThrow(new BrontoAuthenticationException(code, "Bronto fault " + code, null)).when(bronto).verifyLogin();

        BrontoConnectionCheck.Result result = check.check();

        assertThat(result.connected()).isFalse();
        assertThat(result.summary()).contains(words).doesNotContain("a-token");
        assertThat(result.code()).isEqualTo(code);
    }

    @Test
    void anUnreachableBrontoNamesTheEndpoint() {
        doThrow(new BrontoUnavailableException(0, "login: timed out after 5 s", null)).when(bronto).verifyLogin();

        BrontoConnectionCheck.Result result = check.check();

        assertThat(result.connected()).isFalse();
        assertThat(result.summary()).contains("could not be reached at https://api.bronto.com/v4", "timed out",
                "BRONTO_ENDPOINT");
    }

    @Test
    void noTokenIsSaidBeforeAnyCall() {
        BrontoConnectionCheck noToken = new BrontoConnectionCheck(bronto, new BrontoProperties(
                URI.create("https://api.bronto.com/v4"), "", Duration.ofSeconds(5), Duration.ofSeconds(30)));

        assertThat(noToken.check().summary()).startsWith("No API token is set");
    }

    @Test
    void aMissingOrEmptyOptimoveFolderIsNamed() {
        when(bronto.findMessageFolder("Optimove")).thenReturn(Optional.empty());
        assertThat(check.check().summary()).contains("no message folder named \"Optimove\"");

        when(bronto.findMessageFolder("Optimove")).thenReturn(Optional.of(new MessageFolder("f1", "Optimove", null)));
        when(bronto.readMessages("f1", false)).thenReturn(List.of());
        assertThat(check.check().summary()).contains("\"Optimove\" folder is empty");
    }

    @Test
    void aWorkingConnectionCountsTheTemplates() {
        when(bronto.findMessageFolder("Optimove")).thenReturn(Optional.of(new MessageFolder("f1", "Optimove", null)));
        when(bronto.readMessages("f1", false)).thenReturn(List.of(
                new BrontoMessage("m1", "We miss you", "f1", null, null, null),
                new BrontoMessage("m2", "Come back", "f1", null, null, null)));

        BrontoConnectionCheck.Result result = check.check();

        assertThat(result.connected()).isTrue();
        assertThat(result.summary()).isEqualTo("Connected: signed in and read the \"Optimove\" folder, 2 templates.");
    }
}
