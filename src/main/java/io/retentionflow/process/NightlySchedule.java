package io.retentionflow.process;

import io.retentionflow.contacts.ContactSyncProperties;
import org.springframework.stereotype.Component;

/**
 * The nightly run's times, for the timers of {@code bpmn/nightly-campaign-run.bpmn}: its cron, and how long it waits
 * for its contact sync before it goes on to the campaigns.
 */
@Component
public class NightlySchedule {

    private final CampaignRunProperties properties;
    private final ContactSyncProperties contactSync;

    NightlySchedule(CampaignRunProperties properties, ContactSyncProperties contactSync) {
        this.properties = properties;
        this.contactSync = contactSync;
    }

    public String getCron() {
        return properties.nightlyCron();
    }

    /** ISO-8601, as a timer's duration takes it. */
    public String getContactSyncWait() {
        return contactSync.nightlyWait().toString();
    }
}
