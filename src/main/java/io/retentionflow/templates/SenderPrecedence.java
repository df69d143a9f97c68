package io.retentionflow.templates;

import io.retentionflow.templates.SourcedSender.Field;
import java.util.function.Function;

/**
 * The rule every sender follows, field by field: the campaign plan's own override, else the
 * template's default, else the global default, else the {@code campaigns.default-*} settings.
 * A blank value at any level inherits from the next.
 */
final class SenderPrecedence {

    private SenderPrecedence() {}

    static SourcedSender resolve(Sender campaign, Sender template, Sender global, Sender settings) {
        return new SourcedSender(
                field(Sender::fromName, campaign, template, global, settings),
                field(Sender::fromEmail, campaign, template, global, settings),
                field(Sender::replyTo, campaign, template, global, settings));
    }

    private static Field field(Function<Sender, String> value, Sender campaign, Sender template, Sender global,
            Sender settings) {
        Sender[] levels = {campaign, template, global, settings};
        SenderSource[] sources = {SenderSource.CAMPAIGN, SenderSource.TEMPLATE, SenderSource.GLOBAL, SenderSource.SETTING};
        for (int i = 0; i < levels.length; i++) {
            String found = levels[i] == null ? null : SenderRules.trim(value.apply(levels[i]));
            if (found != null) {
                return new Field(found, sources[i]);
            }
        }
        return new Field(null, null);
    }
}
