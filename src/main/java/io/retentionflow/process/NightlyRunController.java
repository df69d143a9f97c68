package io.retentionflow.process;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/nightly-run?date=YYYY-MM-DD}: the nightly run now, for that day (default today). */
@RestController
@RequestMapping("/api/nightly-run")
class NightlyRunController {

    private final NightlyRuns runs;
    private final RunDates runDates;

    NightlyRunController(NightlyRuns runs, RunDates runDates) {
        this.runs = runs;
        this.runDates = runDates;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    NightlyRuns.StartedRun run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return runs.runFor(date == null ? runDates.today() : date);
    }
}
