package io.retentionflow.analysis;

import io.retentionflow.system.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Which executions a list shows: of one campaign or of all (null), run from {@code from} to {@code to}
 * (inclusive, each optional).
 */
public record ExecutionFilter(Long campaignId, LocalDate from, LocalDate to) {

    public static final ExecutionFilter ALL = new ExecutionFilter(null, null, null);

    public ExecutionFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "The end date " + to + " lies before the start date " + from + ".");
        }
    }

    /** The filter as a page or a script gives it, as text; empty means "any". */
    public static ExecutionFilter parse(String campaign, String from, String to) {
        return new ExecutionFilter(campaignId(campaign), date("from", from), date("to", to));
    }

    private static Long campaignId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("campaign", "A campaign is chosen by its number; '"
                    + abbreviated(text) + "' is not one.");
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "A date is written yyyy-MM-dd, e.g. 2026-11-30; '"
                    + abbreviated(text) + "' is not one.");
        }
    }

    /** Echoes at most a few characters of what was given: enough to recognise it, never a page of it. */
    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
