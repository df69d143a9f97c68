package io.retentionflow.walk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retentionflow.support.PlainHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the walk does behind the people's backs, through Camunda's REST API as the sandbox's administrator: it
 * creates the people, finds what they will look at, and lets time pass where the product would wait minutes or
 * days (a job's next retry, the send time). Nothing here does a person's work.
 */
final class EngineRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The date format of Camunda's REST API. */
    private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final PlainHttp http;
    private final String user;
    private final String password;

    EngineRest(PlainHttp http, String user, String password) {
        this.http = http;
        this.user = user;
        this.password = password;
    }

    void createUser(String id, String firstName, String lastName, String userPassword, String group) {
        send("POST", "/engine-rest/user/create", Map.of(
                "profile", Map.of("id", id, "firstName", firstName, "lastName", lastName, "email", id + "@example.com"),
                "credentials", Map.of("password", userPassword)));
        send("PUT", "/engine-rest/group/" + group + "/members/" + id, null);
    }

    Optional<String> processInstance(String businessKey) {
        JsonNode found = get("/engine-rest/process-instance?businessKey=" + businessKey);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).get("id").asText());
    }

    Optional<String> task(String processInstanceId, String taskDefinitionKey) {
        JsonNode found = get("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=" + taskDefinitionKey);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).get("id").asText());
    }

    List<JsonNode> jobs(String processInstanceId) {
        List<JsonNode> jobs = new ArrayList<>();
        get("/engine-rest/job?processInstanceId=" + processInstanceId).forEach(jobs::add);
        return jobs;
    }

    Optional<JsonNode> jobAt(String processInstanceId, String activityId) {
        JsonNode found = get("/engine-rest/job?processInstanceId=" + processInstanceId + "&activityId=" + activityId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Lets the time a job waits for (a retry's interval, a timer) pass at once: the job executor takes it next.
     * False when the job executor had the job at that moment (the engine's optimistic lock): ask again.
     */
    boolean dueNow(String jobId) {
        try {
            send("PUT", "/engine-rest/job/" + jobId + "/duedate",
                    Map.of("duedate", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).format(CAMUNDA_DATE)));
            return true;
        } catch (IllegalStateException e) {
            if (e.getMessage().contains("updated by another transaction concurrently")) {
                return false;
            }
            throw e;
        }
    }

    /** Instances of the process definition still running. */
    long running(String processDefinitionKey) {
        return get("/engine-rest/process-instance/count?processDefinitionKey=" + processDefinitionKey).get("count").asLong();
    }

    long incidents(String processInstanceId) {
        return get("/engine-rest/incident/count?processInstanceId=" + processInstanceId).get("count").asLong();
    }

    /** The activities a process instance is at now. */
    List<String> activeActivities(String processInstanceId) {
        List<String> ids = new ArrayList<>();
        collect(get("/engine-rest/process-instance/" + processInstanceId + "/activity-instances"), ids);
        return ids;
    }

    boolean ended(String processInstanceId) {
        JsonNode instance = get("/engine-rest/history/process-instance/" + processInstanceId);
        return !instance.path("endTime").isNull() && !instance.path("endTime").isMissingNode();
    }

    /** Moves the Bronto sandbox's clock, as its operators may: Bronto's days pass for opens and clicks to grow. */
    void advanceSandboxClock(String isoDuration) {
        send("POST", "/sandbox/control/clock?advance=" + isoDuration, null);
    }

    private static void collect(JsonNode activityInstance, List<String> ids) {
        JsonNode children = activityInstance.path("childActivityInstances");
        if (children.isEmpty() && activityInstance.hasNonNull("activityId")) {
            ids.add(activityInstance.get("activityId").asText());
        }
        children.forEach(child -> collect(child, ids));
        activityInstance.path("childTransitionInstances").forEach(transition -> ids.add(transition.get("activityId").asText()));
    }

    private JsonNode get(String path) {
        return send("GET", path, null);
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = http.request(path)
                    .header("Authorization", PlainHttp.basic(user, password))
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
