package io.retentionflow.contacts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The contact sync ({@code bronto.contact-sync}): whether the product writes its customers to Bronto at all; the
 * names of the account's fields that take a customer's first and last name (Bronto addresses fields by id, so each
 * sync looks the names up; a blank name leaves that name out of Bronto); after how long an unchanged customer is
 * looked up again, for what changed in Bronto (an unsubscribe, a bounce); and how long the nightly run waits for
 * its sync before it goes on to the campaigns.
 */
@ConfigurationProperties("bronto.contact-sync")
public record ContactSyncProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("firstname") String firstNameField,
        @DefaultValue("lastname") String lastNameField,
        @DefaultValue("P7D") Duration lookUpAfter,
        @DefaultValue("PT1H") Duration nightlyWait) {

    public ContactSyncProperties {
        firstNameField = firstNameField == null ? "" : firstNameField.strip();
        lastNameField = lastNameField == null ? "" : lastNameField.strip();
        if (lookUpAfter.isNegative() || lookUpAfter.isZero()) {
            throw new IllegalArgumentException("bronto.contact-sync.look-up-after must be positive, not " + lookUpAfter);
        }
        if (nightlyWait.isNegative() || nightlyWait.isZero()) {
            throw new IllegalArgumentException("bronto.contact-sync.nightly-wait must be positive, not " + nightlyWait);
        }
    }
}
