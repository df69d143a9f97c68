package io.retentionflow.bronto.sandbox;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Bronto's contact statuses, by their wire names. */
enum ContactStatus {
    ACTIVE, ONBOARDING, TRANSACTIONAL, BOUNCE, UNCONFIRMED, UNSUB;

    /** What a new contact may be created with (addContacts); anything else is Bronto's to decide. */
    static final Set<ContactStatus> CREATABLE = EnumSet.of(ONBOARDING, UNCONFIRMED, TRANSACTIONAL);

    /** Who a bulk delivery reaches: not the unsubscribed, the bounced, or transactional-only contacts. */
    static final Set<ContactStatus> MAILABLE = EnumSet.of(ACTIVE, ONBOARDING, UNCONFIRMED);

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ContactStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(status -> status.wireName().equals(value)).findFirst();
    }
}
