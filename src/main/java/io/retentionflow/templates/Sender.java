package io.retentionflow.templates;

/**
 * The header fields Bronto needs beside a template, which it does not store with it. As an
 * override or a stored default a null field means "inherit"; as the result of
 * {@link SenderDefaults#senderFor} it is what the delivery names.
 */
public record Sender(String fromName, String fromEmail, String replyTo) {

    public static final Sender NONE = new Sender(null, null, null);
}
