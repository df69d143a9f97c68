package io.retentionflow.process;

import io.retentionflow.customers.ResultPage;
import io.retentionflow.process.NightlyCampaignRunProcess.Variables;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.jdbc.core.RowCallbackHandler;
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

    /** The runs, newest first; their variables and the days' executions read once for the whole page. */
    public ResultPage<Run> recent(int page, int size) {
        var query = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(NightlyCampaignRunProcess.PROCESS_ID);
        long total = query.count();
        List<HistoricProcessInstance> instances = query.orderByProcessInstanceStartTime().desc()
                .listPage(page * size, size);
        Map<String, Map<String, Object>> variables = variablesOf(instances);
        Map<String, LocalDate> days = new HashMap<>();
        instances.forEach(instance -> days.put(instance.getId(), runDates.of(
                variables.getOrDefault(instance.getId(), Map.of()).get(Variables.RUN_DATE), instance.getStartTime())));
        Map<LocalDate, List<StartedExecution>> executions = executionsOn(Set.copyOf(days.values()));
        List<Run> runs = instances.stream().map(instance -> {
            String id = instance.getId();
            Collection<?> due = (Collection<?>) variables.getOrDefault(id, Map.of()).get(Variables.DUE_CAMPAIGNS);
            LocalDate day = days.get(id);
            return new Run(id, day, at(instance.getStartTime()), at(instance.getEndTime()), instance.getState(),
                    instance.getEndTime() == null ? currentStep(id) : null,
                    runtime.createIncidentQuery().processInstanceId(id).count(),
                    due == null ? null : due.size(), executions.getOrDefault(day, List.of()));
        }).toList();
        return new ResultPage<>(runs, page, size, total);
    }

    /** The run date and due campaigns of each run, by process instance, in one query. */
    private Map<String, Map<String, Object>> variablesOf(List<HistoricProcessInstance> instances) {
        if (instances.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableNameIn(Variables.RUN_DATE, Variables.DUE_CAMPAIGNS)
                .list()
                .forEach(variable -> byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue()));
        return byInstance;
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

    /** The campaign executions of these days, by day, in one query. */
    private Map<LocalDate, List<StartedExecution>> executionsOn(Set<LocalDate> days) {
        if (days.isEmpty()) {
            return Map.of();
        }
        Map<LocalDate, List<StartedExecution>> byDay = new HashMap<>();
        jdbc.sql("select id, campaign_name, run_date from campaign_execution where run_date in (:days) order by id")
                .param("days", days)
                .query((RowCallbackHandler) row -> byDay.computeIfAbsent(row.getObject("run_date", LocalDate.class),
                                day -> new ArrayList<>())
                        .add(new StartedExecution(row.getLong("id"), row.getString("campaign_name"))));
        return byDay;
    }

    private static OffsetDateTime at(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
