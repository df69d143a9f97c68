package io.retentionflow.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.templates.SourcedSender.Field;
import org.junit.jupiter.api.Test;

class SenderPrecedenceTest {

    private static final Sender SETTINGS = new Sender("Settings Shop", "settings@shop.example", "settings-care@shop.example");

    @Test
    void eachFieldTakesTheFirstLevelThatGivesIt() {
        SourcedSender sender = SenderPrecedence.resolve(new Sender("Campaign team", null, null),
                new Sender("Template team", "template@shop.example", null),
                new Sender("Global team", "global@shop.example", "global-care@shop.example"), SETTINGS);

        assertThat(sender.fromName()).isEqualTo(new Field("Campaign team", SenderSource.CAMPAIGN));
        assertThat(sender.fromEmail()).isEqualTo(new Field("template@shop.example", SenderSource.TEMPLATE));
        assertThat(sender.replyTo()).isEqualTo(new Field("global-care@shop.example", SenderSource.GLOBAL));
    }

    @Test
    void blankValuesInheritAndTheSettingsComeLast() {
        SourcedSender sender = SenderPrecedence.resolve(new Sender(" ", "", null), Sender.NONE,
                new Sender(null, "  ", "global-care@shop.example"), SETTINGS);

        assertThat(sender.sender()).isEqualTo(new Sender("Settings Shop", "settings@shop.example", "global-care@shop.example"));
        assertThat(sender.fromName().source()).isEqualTo(SenderSource.SETTING);
        assertThat(sender.fromEmail().source()).isEqualTo(SenderSource.SETTING);
    }

    @Test
    void aFieldNoLevelGivesHasNoValueAndNoSource() {
        SourcedSender sender = SenderPrecedence.resolve(Sender.NONE, Sender.NONE, Sender.NONE, new Sender(null, "", null));

        assertThat(sender.fromName()).isEqualTo(new Field(null, null));
        assertThat(sender.fromEmail()).isEqualTo(new Field(null, null));
    }
}
