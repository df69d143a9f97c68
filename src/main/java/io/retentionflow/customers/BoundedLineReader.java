package io.retentionflow.customers;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses a line longer than a limit. The CSV parser keeps a field in memory until it ends, so one endless line
 * (a binary file, a field of gigabytes) would exhaust the heap long before validation could reject it.
 */
final class BoundedLineReader extends FilterReader {

    /** Thrown through the parser, which wraps it; {@link CsvRows} turns it into a refusal. */
    static final class LineTooLongException extends IOException {
        LineTooLongException(long limit) {
            super("a line is longer than " + limit + " characters");
        }
    }

    private final long limit;
    private long lineLength;

    BoundedLineReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n') {
            lineLength = 0;
        } else if (++lineLength > limit) {
            throw new LineTooLongException(limit);
        }
    }
}
