package io.retentionflow.contacts;

import io.retentionflow.bronto.BrontoField;
import io.retentionflow.bronto.BrontoGateway;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Finds the account's name fields by the names configured in {@link ContactSyncProperties}. */
@Component
class ContactFieldResolver {

    private final BrontoGateway bronto;
    private final ContactSyncProperties properties;

    ContactFieldResolver(BrontoGateway bronto, ContactSyncProperties properties) {
        this.bronto = bronto;
        this.properties = properties;
    }

    /**
     * @throws MissingContactFieldException when the account has no field of a configured name: writing names
     *     nowhere would look like a sync that worked
     */
    NameFields resolve() {
        if (properties.firstNameField().isEmpty() && properties.lastNameField().isEmpty()) {
            return NameFields.NONE;
        }
        List<BrontoField> fields = bronto.readFields();
        return new NameFields(idOf(fields, properties.firstNameField(), "first-name-field"),
                idOf(fields, properties.lastNameField(), "last-name-field"));
    }

    private static String idOf(List<BrontoField> fields, String name, String setting) {
        if (name.isEmpty()) {
            return null;
        }
        return fields.stream().filter(field -> name.equalsIgnoreCase(field.name())).map(BrontoField::id).findFirst()
                .orElseThrow(() -> new MissingContactFieldException("The Bronto account has no field named '%s'. Set bronto.contact-sync.%s to one of: %s, or leave it empty to not write that name."
                        .formatted(name, setting, fields.stream().map(BrontoField::name).sorted().collect(Collectors.joining(", ")))));
    }
}
