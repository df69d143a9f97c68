package io.retentionflow.customers;

import java.util.Optional;

/**
 * The seam between imported data and the customer model: the modeling package provides one bean of this type and
 * {@code GET /api/customers/{id}} shows its record under {@code model}. Customers do not depend on modeling; the
 * dependency points the other way.
 */
public interface CustomerModelSource {

    /** The model's record for the customer (serialised as JSON as it is), empty when it has none. */
    Optional<?> modelOf(String customerId);
}
