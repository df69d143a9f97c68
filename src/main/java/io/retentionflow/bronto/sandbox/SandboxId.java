package io.retentionflow.bronto.sandbox;

import java.util.HexFormat;
import java.util.Optional;

/**
 * Bronto-shaped ids: 36 lowercase hex characters, a fixed prefix per object type followed by the row's identity,
 * zero-padded (e.g. list {@code 0bba03ec000000000000000000000003e539}).
 */
public enum SandboxId {
    FOLDER("0bba03e9"),
    FIELD("0bba03ea"),
    MESSAGE("0bba03eb"),
    LIST("0bba03ec"),
    CONTACT("0bba03ed"),
    DELIVERY("0bba03ee");

    private static final int LENGTH = 36;

    private final String prefix;

    SandboxId(String prefix) {
        this.prefix = prefix;
    }

    public String format(long rowId) {
        String hex = Long.toHexString(rowId);
        return prefix + "0".repeat(LENGTH - prefix.length() - hex.length()) + hex;
    }

    /** Empty for anything that is not an id of this type, so a foreign or garbled id is simply "not found". */
    public Optional<Long> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String trimmed = id.trim();
        if (trimmed.length() != LENGTH || !trimmed.startsWith(prefix)) {
            return Optional.empty();
        }
        String digits = trimmed.substring(prefix.length());
        if (!digits.chars().allMatch(HexFormat::isHexDigit)) {
            return Optional.empty();
        }
        String significant = digits.replaceFirst("^0+", "");
        if (significant.length() > 15) {
            return Optional.empty();
        }
        return Optional.of(significant.isEmpty() ? 0L : Long.parseLong(significant, 16));
    }
}
