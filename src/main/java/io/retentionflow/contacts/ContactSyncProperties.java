package io.retentionflow.contacts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The contact sync ({@code bronto.contact-sync}): whether the product writes its customers to Bronto at all, and
 * the names of the account's fields that take a customer's first and last name (Bronto addresses fields by id, so
 * each sync looks the names up). A blank field name leaves that name out of Bronto.
 */
@ConfigurationProperties("bronto.contact-sync")
public record ContactSyncProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("firstname") String firstNameField,
        @DefaultValue("lastname") String lastNameField) {

    public ContactSyncProperties {
        firstNameField = firstNameField == null ? "" : firstNameField.strip();
        lastNameField = lastNameField == null ? "" : lastNameField.strip();
    }
}
