package io.retentionflow.customers;

import java.util.List;

/** One page of a longer list; {@code page} counts from 0. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    /** Far past any real list; keeps a page's row offset inside an int. */
    static final int LAST_PAGE = 100_000;

    /**
     * The page a page's link asks for, as a page shows it: from 0, and no further than {@link #LAST_PAGE}, which
     * shows an empty page (the JSON API refuses a bad page instead, see {@code PageParameters}).
     */
    public static int requested(int page) {
        return Math.min(Math.max(page, 0), LAST_PAGE);
    }

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
