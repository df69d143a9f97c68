package io.retentionflow.templates;

/** An effective sender with the source of each field, for the Templates page and API. */
public record SourcedSender(Field fromName, Field fromEmail, Field replyTo) {

    /** A field's value (null when no level gives one) and the level it came from (null then too). */
    public record Field(String value, SenderSource source) {}

    public Sender sender() {
        return new Sender(fromName.value(), fromEmail.value(), replyTo.value());
    }
}
