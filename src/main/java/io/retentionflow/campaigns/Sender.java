package io.retentionflow.campaigns;

/** The header fields Bronto needs beside a template: the plan's overrides, else the settings' defaults. */
public record Sender(String fromName, String fromEmail, String replyTo) {}
