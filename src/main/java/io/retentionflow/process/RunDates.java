package io.retentionflow.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/** The day a nightly run is for: the one asked for, or today in the business's zone. */
@Component
class RunDates {

    private final Clock clock;
    private final CampaignRunProperties properties;

    RunDates(Clock clock, CampaignRunProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    LocalDate of(Object runDate) {
        return runDate == null ? today() : LocalDate.parse(runDate.toString());
    }

    /** The day of a run started at {@code startedAt}, as its steps took it: the one asked for, else that instant's. */
    LocalDate of(Object runDate, Date startedAt) {
        return runDate == null ? LocalDate.ofInstant(startedAt.toInstant(), properties.zone()) : of(runDate);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
