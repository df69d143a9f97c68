package io.retentionflow.bronto.sandbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import io.retentionflow.system.InvalidRequestException;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What tests and operators need beside the SOAP contract: read and move the sandbox clock, and read the record of
 * accepted uploads (read-only: the witness must not be editable by the party it witnesses). Behind the product's
 * login, unlike the SOAP endpoint: moving the clock changes every delivery's status for everyone.
 */
@RestController
@RequestMapping("/sandbox/control")
@Profile("sandbox")
public class SandboxControlController {

    /** The sandbox's now and how far it runs ahead of real time. */
    public record ClockState(OffsetDateTime now, Duration offset) {
    }

    static final Duration LONGEST_ADVANCE = Duration.ofDays(366);

    private final SandboxClock clock;
    private final UploadStore uploads;

    public SandboxControlController(SandboxClock clock, UploadStore uploads) {
        this.clock = clock;
        this.uploads = uploads;
    }

    @GetMapping("/clock")
    public ClockState clock() {
        return new ClockState(clock.now(), clock.offset());
    }

    /**
     * @param advance an ISO-8601 duration such as PT24H, positive and at most {@link #LONGEST_ADVANCE}: the clock only
     *                moves forward, and a year is more than any campaign needs (a typo must not push it centuries)
     */
    @PostMapping("/clock")
    public ClockState advance(@RequestParam Duration advance) {
        if (advance.isNegative() || advance.isZero()) {
            throw new InvalidRequestException("advance", "advance must be a positive duration, such as PT24H.");
        }
        if (advance.compareTo(LONGEST_ADVANCE) > 0) {
            throw new InvalidRequestException("advance", "advance may be at most " + LONGEST_ADVANCE.toDays() + " days (P366D).");
        }
        clock.advance(advance);
        return clock();
    }

    @GetMapping("/uploads")
    public List<UploadStore.Upload> uploads() {
        return uploads.all();
    }
}
