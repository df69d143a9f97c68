package io.retentionflow.bronto;

/**
 * A Bronto message: the email template a campaign sends. Subject and content are {@code null}
 * when the read did not ask for content.
 */
public record BrontoMessage(String id, String name, String folderId, String subject, String html, String text) {}
