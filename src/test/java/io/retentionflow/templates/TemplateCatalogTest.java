package io.retentionflow.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.bronto.MessageFolder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TemplateCatalogTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final BrontoMessage WIN_BACK = new BrontoMessage("m1", "Win-back", "f1", "Come back", "<p>hi</p>", "hi");
    private static final BrontoMessage VIP = new BrontoMessage("m2", "VIP", "f1", "Thank you", "<p>vip</p>", "vip");

    private final BrontoGateway bronto = mock(BrontoGateway.class);
    private final Clock clock = mock(Clock.class);
    private final TemplateCatalog catalog = new TemplateCatalog(new OptimoveTemplates(bronto), clock);

    @BeforeEach
    void folder() {
        when(clock.instant()).thenReturn(T0);
        when(bronto.findMessageFolder("Optimove")).thenReturn(Optional.of(new MessageFolder("f1", "Optimove", null)));
        when(bronto.readMessages("f1", true)).thenReturn(List.of(WIN_BACK)).thenReturn(List.of(WIN_BACK, VIP));
    }

    @Test
    void theFolderIsReadOnceAMinute() {
        assertThat(catalog.templates()).containsExactly(WIN_BACK);
        when(clock.instant()).thenReturn(T0.plusSeconds(59));
        assertThat(catalog.templates()).containsExactly(WIN_BACK);
        verify(bronto, times(1)).readMessages("f1", true);

        when(clock.instant()).thenReturn(T0.plusSeconds(60));
        assertThat(catalog.templates()).containsExactly(WIN_BACK, VIP);
        verify(bronto, times(2)).readMessages("f1", true);
    }

    @Test
    void reloadReadsBrontoAgainAtOnce() {
        assertThat(catalog.templates()).containsExactly(WIN_BACK);
        catalog.reload();
        assertThat(catalog.templates()).containsExactly(WIN_BACK, VIP);
        verify(bronto, times(2)).readMessages("f1", true);
    }

    @Test
    void aTemplateNotInTheCopyIsLookedUpAfresh() {
        assertThat(catalog.templates()).containsExactly(WIN_BACK);
        assertThat(catalog.find("m2")).contains(VIP);
        assertThat(catalog.find("m1")).contains(WIN_BACK);
        verify(bronto, times(2)).readMessages("f1", true);
        assertThat(catalog.find("elsewhere")).isEmpty();
    }
}
