package io.retentionflow.bronto;

/** A contact field of the Bronto account (first name, last name …), addressed by id in contact data. */
public record BrontoField(String id, String name, String label, String type) {}
