package io.retentionflow.process;

import io.retentionflow.process.ContactSyncProcess.Variables;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** A contact sync on demand, from the API and the Bronto contacts page; the nightly run calls its own. */
@Service
public class ContactSyncStarter {

    /** A started sync, as the API reports it. */
    public record StartedSync(String processInstanceId, String businessKey) {}

    private final RuntimeService runtime;
    private final Clock clock;

    ContactSyncStarter(RuntimeService runtime, Clock clock) {
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * @throws ResponseStatusException 409 while a sync runs: it takes on everyone a second one would (one that
     *     started at the same moment anyway leaves the first one's customers to it)
     */
    public StartedSync start() {
        if (!running().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "A contact sync is running; it takes on every customer a new one would. Wait for it to finish.");
        }
        String businessKey = "contact-sync/" + OffsetDateTime.now(clock);
        ProcessInstance sync = runtime.createProcessInstanceByKey(ContactSyncProcess.PROCESS_ID)
                .businessKey(businessKey)
                .setVariable(Variables.REQUESTED_BY, "on_demand")
                .execute();
        return new StartedSync(sync.getId(), businessKey);
    }

    /** The process instances of the contact syncs running now, on every node. */
    public Set<String> running() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ContactSyncProcess.PROCESS_ID).list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
    }
}
