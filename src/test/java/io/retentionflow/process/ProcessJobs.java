package io.retentionflow.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** For tests with the job executor off: runs a process's due jobs as the executor would, until none is left. */
public final class ProcessJobs {

    private ProcessJobs() {}

    /**
     * Runs every executable job of the process definition, and those the jobs make, until none is due; a job that
     * fails is left with its retries for a later call. Returns the failures' messages.
     */
    public static List<String> runAll(ManagementService management, String processDefinitionKey) {
        List<String> failures = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int round = 0; round < 10_000; round++) {
            List<Job> due = management.createJobQuery().processDefinitionKey(processDefinitionKey).executable().list()
                    .stream().filter(job -> !failed.contains(job.getId())).toList();
            if (due.isEmpty()) {
                return failures;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    failed.add(job.getId());
                    failures.add(e.getMessage());
                }
            }
        }
        throw new IllegalStateException(processDefinitionKey + " still has due jobs after 10,000 rounds");
    }
}
