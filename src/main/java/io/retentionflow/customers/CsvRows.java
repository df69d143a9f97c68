package io.retentionflow.customers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A daily file read one row at a time, never whole: strict UTF-8, the header checked first, rows numbered from 1
 * after the header. Blank rows are skipped but counted, so row numbers match what a spreadsheet shows.
 *
 * <p>Bytes that are not UTF-8 refuse the whole file (a Latin-1 file would otherwise lose every row with an
 * umlaut and import the rest). The decoder reads ahead of the parser, so it replaces such bytes with U+FFFD and
 * the row that holds one is the row named in the refusal; a U+FFFD in the file itself is refused alike, as the
 * trace of an earlier broken conversion.
 */
final class CsvRows implements AutoCloseable {

    /** Far above any real row, far below what would strain the heap. */
    static final long MAX_LINE_LENGTH = 1_000_000;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    /** @param number 1 is the first row after the header */
    record Row(long number, List<String> values) {
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvHeader header;
    private long lastRow;

    private CsvRows(CSVParser parser, List<String> requiredColumns) {
        this.parser = parser;
        this.records = parser.iterator();
        if (!hasNext()) {
            throw new FileRefusedException("The file is empty: it needs a header row and a row per record.");
        }
        List<String> first = records.next().toList();
        refuseIfNotUtf8(first, "its header row");
        if (first.stream().allMatch(String::isBlank)) {
            throw new FileRefusedException("The first line is empty: the file must start with its header row.");
        }
        this.header = CsvHeader.of(first, requiredColumns);
    }

    /** Opens a file and checks its header; the caller closes what it opened. */
    static CsvRows open(InputStream in, List<String> requiredColumns) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CSVParser parser = FORMAT.parse(new BoundedLineReader(
                    new BufferedReader(new InputStreamReader(in, utf8), 64 * 1024), MAX_LINE_LENGTH));
            try {
                return new CsvRows(parser, requiredColumns);
            } catch (RuntimeException e) {
                parser.close();
                throw e;
            }
        } catch (IOException e) {
            throw refusal(e, 0);
        }
    }

    CsvHeader header() {
        return header;
    }

    /** The next row that is not blank, or null at the end of the file. */
    Row next() {
        while (hasNext()) {
            CSVRecord record = records.next();
            lastRow = record.getRecordNumber() - 1;
            List<String> values = record.toList();
            refuseIfNotUtf8(values, "row " + lastRow);
            if (!values.stream().allMatch(String::isBlank)) {
                return new Row(lastRow, values);
            }
        }
        return null;
    }

    private boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw refusal(e.getCause(), header == null ? 0 : lastRow + 1);
        }
    }

    private static void refuseIfNotUtf8(List<String> values, String where) {
        for (String value : values) {
            if (value.indexOf('\uFFFD') >= 0) {
                throw new FileRefusedException("The file is not UTF-8 text (" + where
                        + " holds bytes that are not UTF-8). Save it as UTF-8 and send it again; nothing of it was imported.");
            }
        }
    }

    private static FileRefusedException refusal(IOException e, long row) {
        String where = row == 0 ? "in its header row" : "in row " + row;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BoundedLineReader.LineTooLongException) {
                return new FileRefusedException("This does not look like a CSV file: " + cause.getMessage() + " ("
                        + where + "). Nothing of it was imported.");
            }
        }
        return new FileRefusedException("The file is not valid CSV " + where + ": " + e.getMessage()
                + ". Check the quotes around that row; nothing of the file was imported.");
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
