package io.retentionflow.process;

import io.retentionflow.process.NightlyCampaignRunProcess.Elements;
import io.retentionflow.process.NightlyCampaignRunProcess.Variables;
import io.retentionflow.system.InvalidRequestException;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The nightly run on demand, from the API, the nightly runs page and tests: the same process as the timer's, started at
 * its first task with the date to run for. Running it twice for a date starts nothing twice: each
 * campaign execution is started once (see {@link CampaignExecutionStarter}).
 */
@Service
public class NightlyRuns {

    /** A started run, as the API reports it. */
    public record StartedRun(String processInstanceId, String businessKey, LocalDate runDate) {}

    private final RuntimeService runtime;

    NightlyRuns(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** @throws InvalidRequestException for a day outside the years 1 to 9999 */
    public StartedRun runFor(LocalDate date) {
        // ISO also reads "+999999999-12-31"; a run for such a day would start and find nothing, but start
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new InvalidRequestException("date", "date: YYYY-MM-DD, a year from 0001 to 9999.");
        }
        String businessKey = "nightly/" + date;
        ProcessInstance run = runtime.createProcessInstanceByKey(NightlyCampaignRunProcess.PROCESS_ID)
                .businessKey(businessKey)
                .setVariable(Variables.RUN_DATE, date.toString())
                .startBeforeActivity(Elements.REFRESH_CUSTOMER_DATA)
                .execute();
        return new StartedRun(run.getId(), businessKey, date);
    }
}
