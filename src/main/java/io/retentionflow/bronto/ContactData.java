package io.retentionflow.bronto;

import java.util.Map;

/** What the product writes to a Bronto contact: the address and field contents by field id. */
public record ContactData(String email, Map<String, String> fieldsById) {

    public ContactData {
        fieldsById = Map.copyOf(fieldsById);
    }
}
