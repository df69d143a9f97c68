package io.retentionflow.customers;

import java.util.Map;

/**
 * One customer with everything imported about them.
 *
 * @param attributes the further columns of the customer file, by column name
 * @param model      what the customer model says about them, from a {@link CustomerModelSource}; null while
 *                   there is none (no model computed yet, or no source in this build)
 */
public record CustomerDetails(CustomerSummary customer, Map<String, String> attributes, PurchaseSummary purchases,
        Object model) {
}
