package io.retentionflow.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.retentionflow.bronto.BrontoField;
import io.retentionflow.bronto.BrontoGateway;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactFieldResolverTest {

    private final BrontoGateway bronto = mock(BrontoGateway.class);

    private static ContactSyncProperties names(String firstNameField, String lastNameField) {
        return new ContactSyncProperties(true, firstNameField, lastNameField, Duration.ofDays(7), Duration.ofHours(1));
    }

    @Test
    void findsTheConfiguredFieldsByNameWhateverTheirCase() {
        when(bronto.readFields()).thenReturn(List.of(new BrontoField("f1", "Vorname", "Vorname", "text"),
                new BrontoField("f2", "nachname", "Nachname", "text")));

        NameFields fields = new ContactFieldResolver(bronto, names("vorname", "NACHNAME")).resolve();

        assertThat(fields).isEqualTo(new NameFields("f1", "f2"));
        assertThat(fields.contents("Ada", "  ")).as("an empty name is not written").isEqualTo(Map.of("f1", "Ada"));
        assertThat(fields.holds(Map.of("f1", "Ada", "f2", "Lovelace"), "Ada", null)).isTrue();
        assertThat(fields.holds(Map.of("f1", "Ida"), "Ada", null)).isFalse();
    }

    @Test
    void aFieldTheAccountLacksStopsTheSyncNamingTheSettingAndTheFieldsThereAre() {
        when(bronto.readFields()).thenReturn(List.of(new BrontoField("f1", "firstname", "First", "text"),
                new BrontoField("f2", "lastname", "Last", "text")));

        assertThatThrownBy(() -> new ContactFieldResolver(bronto, names("firstname", "surname")).resolve())
                .isInstanceOf(MissingContactFieldException.class)
                .hasMessage("The Bronto account has no field named 'surname'. Set bronto.contact-sync.last-name-field "
                        + "to one of: firstname, lastname, or leave it empty to not write that name.");
    }

    @Test
    void noNameFieldsMeansNoCallToBronto() {
        assertThat(new ContactFieldResolver(bronto, names(" ", "")).resolve()).isEqualTo(NameFields.NONE);
        verifyNoInteractions(bronto);
    }
}
