package io.retentionflow.customers;

import io.retentionflow.system.InvalidRequestException;

/** {@code page} and {@code size} of a list request, checked: a page size has an upper bound so a request cannot ask for a million rows. */
record PageParameters(int page, int size) {

    static final int MAX_SIZE = 500;

    PageParameters {
        if (page < 0) {
            throw new InvalidRequestException("page", "page counts from 0; " + page + " is not a page.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "size must be between 1 and " + MAX_SIZE + ".");
        }
    }
}
