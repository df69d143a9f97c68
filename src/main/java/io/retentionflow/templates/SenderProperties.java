package io.retentionflow.templates;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The last fallback of every sender: Bronto keeps From and Reply-To outside its templates, so every
 * delivery names them; a campaign plan, a template or the global default set on the Templates
 * page comes first (see {@link SenderDefaults}).
 */
@ConfigurationProperties("campaigns")
public record SenderProperties(String defaultFromName, String defaultFromEmail, String defaultReplyTo) {

    Sender asSender() {
        return new Sender(defaultFromName, defaultFromEmail, defaultReplyTo);
    }
}
