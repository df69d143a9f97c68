package io.retentionflow.process;

import io.retentionflow.customers.ResultPage;
import io.retentionflow.process.NightlyCampaignRunProcess.Variables;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The nightly runs as a marketer follows them: when each ran, for which day, what it is doing while it runs,
 * and what it started. Read from Camunda's history, so a run of the timer, of the API and of the page all show,
 * on whichever node they ran.
 */
@Service
public class NightlyRunHistory {

    /**
     * One run: {@code state} is Camunda's ({@code ACTIVE}, {@code COMPLETED}, {@code EXTERNALLY_TERMINATED} …);
     * {@code step} is the task it is at while running; {@code incidents} wait for an operator in Cockpit.
     */
    public record Run(String processInstanceId, LocalDate runDate, OffsetDateTime startedAt, OffsetDateTime endedAt,
            String state, String step, long incidents, Integer campaignsDue, List<StartedExecution> executions) {

        public boolean running() {
            return endedAt == null;
        }
    }

    /** A campaign execution of the run's day, for the link to its analysis. */
    public record StartedExecution(long id, String campaignName) {}

    private final HistoryService history;
    private final RuntimeService runtime;
    private final RunDates runDates;
    private final JdbcClient jdbc;

    NightlyRunHistory(HistoryService history, RuntimeService runtime, RunDates runDates, JdbcClient jdbc) {
        this.history = history;
        this.runtime = runtime;
        this.runDates = runDates;
        this.jdbc = jdbc;
    }

    /** The runs, newest first. */
    public ResultPage<Run> recent(int page, int size) {
        var query = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(NightlyCampaignRunProcess.PROCESS_ID);
        long total = query.count();
        List<Run> runs = query.orderByProcessInstanceStartTime().desc().listPage(page * size, size).stream()
                .map(this::run).toList();
        return new ResultPage<>(runs, page, size, total);
    }

    private Run run(HistoricProcessInstance instance) {
        String id = instance.getId();
        LocalDate runDate = runDates.of(variable(id, Variables.RUN_DATE), instance.getStartTime());
        Collection<?> due = (Collection<?>) variable(id, Variables.DUE_CAMPAIGNS);
        return new Run(id, runDate, at(instance.getStartTime()), at(instance.getEndTime()), instance.getState(),
                instance.getEndTime() == null ? currentStep(id) : null,
                runtime.createIncidentQuery().processInstanceId(id).count(),
                due == null ? null : due.size(), executionsOf(runDate));
    }

    private Object variable(String processInstanceId, String name) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    /** The task a running run is at, or waits to start (an asynchronous continuation is a transition instance). */
    private String currentStep(String processInstanceId) {
        ActivityInstance root = runtime.getActivityInstance(processInstanceId);
        if (root == null) {
            return "Finishing";
        }
        return Stream.concat(Stream.of(root.getChildTransitionInstances()).map(TransitionInstance::getActivityName),
                        Stream.of(root.getChildActivityInstances()).map(ActivityInstance::getActivityName))
                .filter(Objects::nonNull)
                .findFirst().orElse("Starting");
    }

    private List<StartedExecution> executionsOf(LocalDate runDate) {
        return jdbc.sql("select id, campaign_name from campaign_execution where run_date = ? order by id")
                .param(runDate)
                .query((rs, row) -> new StartedExecution(rs.getLong("id"), rs.getString("campaign_name")))
                .list();
    }

    private static OffsetDateTime at(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
