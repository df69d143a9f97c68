package io.retentionflow.system;

import java.util.regex.Pattern;

/**
 * What text a person types may hold. Control characters are in no name, address or search: NUL is refused by
 * PostgreSQL (a 500 where the product should say no), a line break in a name ends up in Bronto's labels and
 * e-mail headers, an escape sequence in a terminal's log. They are refused alike on every database, as the
 * imports refuse NUL in a file.
 */
public final class PlainText {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern CONTROL_BUT_LINE_BREAKS_AND_TABS = Pattern.compile("[\\p{Cc}&&[^\\r\\n\\t]]");

    private PlainText() {}

    /** A name, an address, a search: one line, no control characters. {@code null} is fine. */
    public static boolean isOneLine(String text) {
        return text == null || !CONTROL.matcher(text).find();
    }

    /** A description: lines and tabs, no other control characters. {@code null} is fine. */
    public static boolean isText(String text) {
        return text == null || !CONTROL_BUT_LINE_BREAKS_AND_TABS.matcher(text).find();
    }
}
