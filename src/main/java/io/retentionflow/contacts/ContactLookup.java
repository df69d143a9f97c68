package io.retentionflow.contacts;

import io.retentionflow.bronto.BrontoContact;
import io.retentionflow.bronto.BrontoGateway;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Bronto's contacts for some addresses, by address as the customer file has it (lower case). */
final class ContactLookup {

    private ContactLookup() {}

    /** The contacts Bronto holds for these addresses, with the fields of these ids; an address Bronto lacks is absent. */
    static Map<String, BrontoContact> byAddress(BrontoGateway bronto, Collection<String> emails, Collection<String> fieldIds) {
        return bronto.readContactsByEmail(emails, fieldIds).stream()
                .collect(Collectors.toMap(contact -> contact.email().strip().toLowerCase(Locale.ROOT),
                        Function.identity(), (first, same) -> first));
    }
}
