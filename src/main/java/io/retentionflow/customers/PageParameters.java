package io.retentionflow.customers;

import io.retentionflow.system.InvalidRequestException;

/**
 * {@code page} and {@code size} of a list request, checked: a page size has an upper bound so a request cannot ask
 * for a million rows. Lists whose rows cost more to build give a smaller bound.
 */
public record PageParameters(int page, int size, int maxSize) {

    static final int MAX_SIZE = 500;

    public PageParameters {
        if (page < 0) {
            throw new InvalidRequestException("page", "page counts from 0; " + page + " is not a page.");
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidRequestException("size", "size must be between 1 and " + maxSize + ".");
        }
    }

    PageParameters(int page, int size) {
        this(page, size, MAX_SIZE);
    }
}
