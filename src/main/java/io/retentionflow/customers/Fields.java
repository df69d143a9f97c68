package io.retentionflow.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the fields of one row: trimmed text with a length limit, dates, amounts. Each failure is a
 * {@link RowRejectedException} whose message names the column and shows (the start of) the value, so the
 * report says what to fix.
 */
final class Fields {

    private static final int SHOWN_VALUE_LENGTH = 40;
    private static final Pattern AMOUNT = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    /** numeric(14, 2) */
    private static final int AMOUNT_INTEGER_DIGITS = 12;

    private final CsvHeader header;
    private final List<String> values;

    Fields(CsvHeader header, List<String> values) throws RowRejectedException {
        if (values.size() != header.size()) {
            throw new RowRejectedException("wrong number of fields: expected " + header.size() + ", found "
                    + values.size());
        }
        this.header = header;
        this.values = values;
    }

    /** The trimmed value, null when empty. */
    String text(String column, int maxLength) throws RowRejectedException {
        return text(header.indexOf(column), column, maxLength);
    }

    String text(int index, String column, int maxLength) throws RowRejectedException {
        String value = values.get(index).strip();
        if (value.isEmpty()) {
            return null;
        }
        // PostgreSQL cannot store the NUL character in text; refuse it on every database alike
        if (value.indexOf('\0') >= 0) {
            throw new RowRejectedException(column + " contains a NUL character");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new RowRejectedException(column + " is longer than " + maxLength + " characters: " + shown(value));
        }
        return value;
    }

    String required(String column, int maxLength) throws RowRejectedException {
        String value = text(column, maxLength);
        if (value == null) {
            throw new RowRejectedException("missing " + column);
        }
        return value;
    }

    LocalDate date(String column) throws RowRejectedException {
        String value = text(column, SHOWN_VALUE_LENGTH);
        if (value == null) {
            return null;
        }
        try {
            return isoDate(value);
        } catch (DateTimeException e) {
            throw new RowRejectedException("unparsable " + column + " " + shown(value) + " (expected a date like 2024-03-31)");
        }
    }

    /** A date (the start of that day), a date-time without offset (both in {@code zone}) or one with an offset. */
    OffsetDateTime dateTime(String column, ZoneId zone) throws RowRejectedException {
        String value = text(column, SHOWN_VALUE_LENGTH);
        if (value == null) {
            throw new RowRejectedException("missing " + column);
        }
        try {
            if (value.length() == 10) {
                return isoDate(value).atStartOfDay(zone).toOffsetDateTime();
            }
            String iso = value.replace(' ', 'T');
            if (iso.length() == 20 && iso.charAt(19) == 'Z' && iso.charAt(10) == 'T' && iso.charAt(13) == ':'
                    && iso.charAt(16) == ':') {
                LocalTime time = LocalTime.of(digits(iso, 11, 13), digits(iso, 14, 16), digits(iso, 17, 19));
                return OffsetDateTime.of(isoDate(iso.substring(0, 10)), time, ZoneOffset.UTC);
            }
            if (iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10) {
                return OffsetDateTime.parse(iso);
            }
            return LocalDateTime.parse(iso).atZone(zone).toOffsetDateTime();
        } catch (DateTimeException e) {
            throw new RowRejectedException("unparsable " + column + " " + shown(value)
                    + " (expected a date like 2024-03-31 or a date-time like 2024-03-31T14:05:00+02:00)");
        }
    }

    BigDecimal amount(String column) throws RowRejectedException {
        String value = text(column, SHOWN_VALUE_LENGTH);
        if (value == null) {
            throw new RowRejectedException("missing " + column);
        }
        if (!AMOUNT.matcher(value).matches()) {
            throw new RowRejectedException("unparsable " + column + " " + shown(value) + " (expected a number like 1234.50)");
        }
        BigDecimal amount = new BigDecimal(value).stripTrailingZeros();
        if (amount.scale() > 2) {
            throw new RowRejectedException(column + " " + shown(value) + " has more than 2 decimal places");
        }
        if (amount.precision() - amount.scale() > AMOUNT_INTEGER_DIGITS) {
            throw new RowRejectedException(column + " " + shown(value) + " is too large");
        }
        return amount.setScale(2);
    }

    /**
     * {@code yyyy-MM-dd} read without DateTimeFormatter, which costs more than all the rest of a row; anything else
     * goes to the formatter, which also gives the error.
     */
    private static LocalDate isoDate(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
        }
        return LocalDate.parse(value);
    }

    /** The number written in {@code value[from, to)}; a DateTimeException when that is not all digits. */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a number: " + value);
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** The value in quotes, cut short: a report line must stay readable whatever the file holds. */
    static String shown(String value) {
        String cut = value.length() > SHOWN_VALUE_LENGTH ? value.substring(0, SHOWN_VALUE_LENGTH) + "…" : value;
        return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
