package io.retentionflow.bronto;

/** A Bronto list. {@code activeCount} is Bronto's own figure, which it refreshes only nightly. */
public record MailList(String id, String name, String label, long activeCount, String status) {}
