package io.retentionflow.process;

import org.springframework.stereotype.Component;

/** The nightly run's cron, for the timer start event of {@code bpmn/nightly-campaign-run.bpmn}. */
@Component
public class NightlySchedule {

    private final CampaignRunProperties properties;

    NightlySchedule(CampaignRunProperties properties) {
        this.properties = properties;
    }

    public String getCron() {
        return properties.nightlyCron();
    }
}
