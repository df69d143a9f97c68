package io.retentionflow.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sender defaults stored and resolved on the database of the subclass. */
abstract class SenderDefaultStoreContract {

    @Autowired SenderDefaults defaults;
    @Autowired SenderDefaultRepository store;
    @Autowired JdbcClient jdbc;

    @Test
    void aTemplateDefaultIsStoredUpdatedAndClearedToInherit() {
        String template = "m-" + UUID.randomUUID();
        defaults.save(template, new Sender(" Win-back team ", "winback@shop.example", ""));
        assertThat(store.find(template)).contains(new Sender("Win-back team", "winback@shop.example", null));

        defaults.save(template, new Sender(null, "again@shop.example", "care@shop.example"));
        assertThat(defaults.stored(template)).isEqualTo(new Sender(null, "again@shop.example", "care@shop.example"));
        assertThat(jdbc.sql("select count(*) from sender_default where scope = :s").param("s", template)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select updated_at from sender_default where scope = :s").param("s", template)
                .query(java.time.OffsetDateTime.class).single()).isNotNull();

        defaults.save(template, Sender.NONE);
        assertThat(defaults.senderFor(template, Sender.NONE)).isEqualTo(defaults.senderFor(null, Sender.NONE));
    }

    @Test
    void thePlanOverridesTheTemplateWhichOverridesTheGlobalDefaultAndTheSettings() {
        String template = "m-" + UUID.randomUUID();
        defaults.save(SenderDefaultRepository.GLOBAL, new Sender(null, null, "global-care@shop.example"));
        defaults.save(template, new Sender(null, "template@shop.example", null));

        SourcedSender resolved = defaults.resolve(template, new Sender("Campaign team", null, null));
        assertThat(resolved.sender()).isEqualTo(new Sender("Campaign team", "template@shop.example", "global-care@shop.example"));
        assertThat(resolved.fromName().source()).isEqualTo(SenderSource.CAMPAIGN);
        assertThat(resolved.fromEmail().source()).isEqualTo(SenderSource.TEMPLATE);
        assertThat(resolved.replyTo().source()).isEqualTo(SenderSource.GLOBAL);
        assertThat(defaults.resolve("another", Sender.NONE).fromEmail().source()).isEqualTo(SenderSource.SETTING);
        assertThat(defaults.resolveAll(java.util.List.of(template)).get(template)).isEqualTo(defaults.resolve(template, Sender.NONE));

        defaults.save(SenderDefaultRepository.GLOBAL, Sender.NONE);
    }

    @Test
    void hostileValuesAreRefusedAndNothingIsStored() {
        String template = "m-" + UUID.randomUUID();
        assertThatThrownBy(() -> defaults.save(template, new Sender("Shop\r\nBcc: all@victim.example",
                "x".repeat(10_000), "<script>alert(1)</script>@shop.example\n")))
                .isInstanceOfSatisfying(InvalidSenderException.class, e -> assertThat(e.errors())
                        .containsEntry("fromName", "fromName: one line of at most 100 characters")
                        .containsEntry("fromEmail", "fromEmail: an email address of at most 254 characters")
                        .containsKey("replyTo"));
        assertThat(store.find(template)).isEmpty();
    }

    @Test
    void aNameIsTextAndStoredAsItIs() {
        String template = "m-" + UUID.randomUUID();
        defaults.save(template, new Sender("<script>alert('x')</script>; drop table sender_default", null, null));
        assertThat(defaults.stored(template).fromName()).isEqualTo("<script>alert('x')</script>; drop table sender_default");
    }
}
