package io.retentionflow.templates;

import io.retentionflow.system.PlainText;
import java.util.regex.Pattern;

/**
 * What a From name, From address and Reply-To may be, for campaign plans and sender defaults alike.
 * Each check answers the problem without the field's name, or null when the value is fine.
 */
public final class SenderRules {

    public static final int MAX_FROM_NAME = 100;
    public static final int MAX_EMAIL = 254;

    /**
     * One @, no spaces, a dot in the domain: what Bronto accepts as a sender; not a full RFC 5322
     * parser. RFC 5322's specials ({@code <>()[]\,;:"}) are refused too: in a header they would
     * start an address or a list of their own.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[^@\\s<>()\\[\\]\\\\,;:\"]{1,64}@[^@\\s.<>()\\[\\]\\\\,;:\"]+(\\.[^@\\s.<>()\\[\\]\\\\,;:\"]+)+");

    private SenderRules() {}

    /** A line break in a header value would let a name write headers of its own; no other control character either. */
    public static String nameProblem(String name) {
        if (name != null && (name.length() > MAX_FROM_NAME || !PlainText.isOneLine(name))) {
            return "one line of at most " + MAX_FROM_NAME + " characters";
        }
        return null;
    }

    /** A value far too long for an address is not echoed back whole. */
    public static String emailProblem(String email) {
        if (email == null) {
            return null;
        }
        if (email.length() > MAX_EMAIL) {
            return "an email address of at most " + MAX_EMAIL + " characters";
        }
        if (!PlainText.isOneLine(email)) {
            return "an email address has no control characters";
        }
        return EMAIL.matcher(email).matches() ? null : "'" + email + "' is not an email address";
    }

    /** Stripped, or null for a blank value: a blank field means "inherit". */
    public static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
