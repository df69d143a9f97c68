package io.retentionflow.contacts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The ids of the Bronto fields a customer's first and last name are written to; null where a name is not written. */
record NameFields(String firstNameId, String lastNameId) {

    static final NameFields NONE = new NameFields(null, null);

    List<String> ids() {
        return Stream.of(firstNameId, lastNameId).filter(Objects::nonNull).toList();
    }

    /**
     * The field contents a customer's names make. A name the customer file leaves empty is not written: Bronto
     * keeps what it has, rather than a greeting losing its name.
     */
    Map<String, String> contents(String firstName, String lastName) {
        Map<String, String> contents = new HashMap<>();
        if (firstNameId != null && firstName != null && !firstName.isBlank()) {
            contents.put(firstNameId, firstName);
        }
        if (lastNameId != null && lastName != null && !lastName.isBlank()) {
            contents.put(lastNameId, lastName);
        }
        return contents;
    }

    /** Whether a contact's fields (by id) already hold the names that would be written. */
    boolean holds(Map<String, String> fields, String firstName, String lastName) {
        return contents(firstName, lastName).entrySet().stream()
                .allMatch(name -> name.getValue().equals(fields.get(name.getKey())));
    }
}
