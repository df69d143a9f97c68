package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wire names and emails do not depend on the machine's language: in Turkish, "I" lowercases to a dotless "ı". */
class WireNamesTest {

    private Locale original;

    @BeforeEach
    void turkish() {
        original = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(original);
    }

    @Test
    void statusesAndEmailsLowercaseTheSameInEveryLocale() {
        assertThat(ContactStatus.ACTIVE.wireName()).isEqualTo("active");
        assertThat(ContactStatus.fromWire("active")).contains(ContactStatus.ACTIVE);
        assertThat(SimulatedDeliveryStatus.SKIPPED.wireName()).isEqualTo("skipped");
        assertThat(ContactService.normalise(" INFO@SHOP.EXAMPLE.COM ")).isEqualTo("info@shop.example.com");
    }
}
