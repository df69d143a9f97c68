package io.retentionflow.bronto.sandbox;

/** One page of a read, as SQL wants it; reads order by id so page n is the same rows each time. */
record Page(int offset, int size) {

    String sql() {
        return " offset " + offset + " rows fetch next " + size + " rows only";
    }
}
