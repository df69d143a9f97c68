package io.retentionflow.customers;

import java.util.List;

/** One page of a longer list; {@code page} counts from 0. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
