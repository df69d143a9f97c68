package io.retentionflow.customers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of a file: where each column is. Names are trimmed and matched without regard to case, so
 * {@code Email} finds {@code email}; columns beyond the required ones are the file's further columns.
 */
final class CsvHeader {

    static final int MAX_COLUMN_NAME_LENGTH = 64;

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvHeader(List<String> names) {
        this.names = names;
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    /** Checks the header row and returns it, or refuses the file naming the column at fault. */
    static CsvHeader of(List<String> rawNames, List<String> required) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rawNames.size(); i++) {
            String name = rawNames.get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1).strip(); // the byte order mark spreadsheet programs write
            }
            if (name.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
                throw new FileRefusedException("This does not look like a CSV text file: its first line holds control characters.");
            }
            if (name.isEmpty()) {
                throw new FileRefusedException("Column " + (i + 1) + " of the header row has no name.");
            }
            if (name.length() > MAX_COLUMN_NAME_LENGTH) {
                throw new FileRefusedException("The name of column " + (i + 1) + " is longer than "
                        + MAX_COLUMN_NAME_LENGTH + " characters.");
            }
            Integer earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw new FileRefusedException("The header row names column '" + name + "' twice (columns "
                        + (earlier + 1) + " and " + (i + 1) + ").");
            }
            names.add(name);
        }
        CsvHeader header = new CsvHeader(List.copyOf(names));
        List<String> missing = required.stream().filter(column -> !header.has(column)).toList();
        if (!missing.isEmpty()) {
            throw new FileRefusedException(missingColumnsMessage(missing, names));
        }
        return header;
    }

    private static String missingColumnsMessage(List<String> missing, List<String> names) {
        String message = missing.size() == 1
                ? "The header row has no column " + missing.get(0) + "."
                : "The header row has no columns " + String.join(", ", missing) + ".";
        if (names.size() == 1 && (names.get(0).contains(";") || names.get(0).contains("\t"))) {
            message += " Columns must be separated by commas, not semicolons or tabs.";
        }
        return message;
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    int indexOf(String column) {
        return index.get(column);
    }

    int size() {
        return names.size();
    }

    /** The columns not in {@code known}, in file order: a customer file's further attributes. */
    List<String> otherColumns(List<String> known) {
        return names.stream().filter(name -> !known.contains(name.toLowerCase(Locale.ROOT))).toList();
    }
}
