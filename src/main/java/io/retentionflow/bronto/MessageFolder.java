package io.retentionflow.bronto;

/** A folder of Bronto messages; the product offers only the messages of the folder named {@code Optimove}. */
public record MessageFolder(String id, String name, String parentId) {}
