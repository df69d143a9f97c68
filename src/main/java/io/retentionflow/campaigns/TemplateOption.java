package io.retentionflow.campaigns;

import io.retentionflow.bronto.BrontoMessage;

/** A template a campaign may use, for drop-downs: its Bronto id, its name and where to preview it. */
public record TemplateOption(String id, String name, String previewUrl) {

    static TemplateOption of(BrontoMessage message) {
        return new TemplateOption(message.id(), message.name(), "/campaigns/templates/" + message.id() + "/preview");
    }
}
