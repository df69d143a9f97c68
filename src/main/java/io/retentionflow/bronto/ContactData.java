package io.retentionflow.bronto;

import java.util.Map;

/**
 * What the product writes to a Bronto contact: the address and field contents by field id. With the contact's
 * {@code id}, Bronto updates that contact, address included; without it, Bronto finds or creates one by address.
 */
public record ContactData(String id, String email, Map<String, String> fieldsById) {

    public ContactData {
        fieldsById = Map.copyOf(fieldsById);
    }

    public ContactData(String email, Map<String, String> fieldsById) {
        this(null, email, fieldsById);
    }
}
