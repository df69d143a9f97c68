package io.retentionflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.process.CampaignExecutionProcess;
import io.retentionflow.process.CampaignExecutionProcess.Elements;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import io.retentionflow.process.ContactSyncProcess;
import io.retentionflow.process.NightlyCampaignRunProcess;
import io.retentionflow.support.BrowserSession;
import io.retentionflow.support.PlainHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who reaches what, with Camunda's authorizations on: anonymous visitors, a marketer, an operator and a user in
 * no group, each over the paths a browser or an API client would take (the product's pages and API, Tasklist,
 * Cockpit and Admin, the engine's REST API). Users are made here; demo (the sandbox's admin) only ever gets
 * its right password, since Camunda delays the next login of a user after a wrong one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:access-by-group;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "sandbox.seed-demo=false",
    "imports.demo-data=false"
})
class AccessByGroupTest {

    private static final String MARKETER = "annmarketer";
    private static final String OPERATOR = "olafoperator";
    private static final String NOBODY = "ninanobody";
    private static final String PASSWORD = "access-test-password";

    /** Everything but the login page and health, as an anonymous visitor would try it. */
    private static final List<String> GUARDED = List.of("/", "/campaigns", "/campaigns/new", "/customers", "/imports",
            "/discovery", "/target-groups", "/templates", "/analysis", "/nightly-runs", "/bronto-contacts", "/bronto-connection",
            "/bronto-sandbox", "/api/campaigns", "/api/customers", "/api/imports",
            "/api/target-groups", "/api/templates", "/api/model", "/api/discovery", "/api/executions",
            "/engine-rest/process-definition", "/engine-rest/task", "/engine-rest/user", "/engine-rest/engine",
            "/camunda/api/engine/engine/default/process-definition", "/camunda/api/engine/engine/default/task",
            "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
            "/sandbox/control/clock", "/sandbox/control/uploads", "/actuator", "/actuator/info", "/actuator/metrics",
            "/actuator/env", "/actuator/configprops", "/actuator/beans");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    CamundaGroups groups;

    private PlainHttp http;

    @BeforeEach
    void people() {
        http = new PlainHttp(port);
        user(MARKETER, CamundaGroups.MARKETERS);
        user(OPERATOR, CamundaGroups.OPERATORS);
        user(NOBODY, null);
    }

    private void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            if (group != null) {
                identity.createMembership(id, group);
            }
        }
    }

    private HttpResponse<String> api(String method, String path, String user, String json) {
        return http.send(http.request(path).header("Authorization", PlainHttp.basic(user, user.equals("demo") ? "demo" : PASSWORD))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Signs in to one of Camunda's web apps as its login page does. */
    private BrowserSession camundaLogin(String app, String user, String password, int expectedStatus) {
        BrowserSession browser = new BrowserSession(port);
        assertThat(browser.get("/camunda/app/" + app + "/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> login = browser.postForm("/camunda/api/admin/auth/user/default/login/" + app,
                Map.of("username", user, "password", password));
        assertThat(login.statusCode()).as(user + " signing in to " + app).isEqualTo(expectedStatus);
        return browser;
    }

    private Task approvalTask() {
        String instance = runtime.createProcessInstanceByKey(CampaignExecutionProcess.PROCESS_ID)
                .startBeforeActivity(Elements.APPROVE_TEMPLATE)
                .setVariable(Variables.APPROVAL_DUE, Date.from(Instant.parse("2099-01-01T00:00:00Z")))
                .setVariable(Variables.CAMPAIGN_NAME, "Access test")
                .execute().getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    @Test
    void anonymousVisitorsReachOnlyTheLoginPagesAndHealth() {
        for (String path : GUARDED) {
            HttpResponse<String> answer = http.send(http.request(path).header("Accept", "application/json").GET().build());
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            HttpResponse<String> page = http.get(path);
            assertThat(page.statusCode()).as(path).isIn(302, 401);
            if (page.statusCode() == 302) {
                assertThat(page.headers().firstValue("Location")).as(path).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
            }
        }
        HttpResponse<String> run = http.send(http.request("/api/nightly-run").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(run.statusCode()).isEqualTo(401);
        HttpResponse<String> sync = http.send(http.request("/api/contact-sync").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(sync.statusCode()).isEqualTo(401);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NightlyCampaignRunProcess.PROCESS_ID).count()).isZero();

        assertThat(http.get("/login").statusCode()).isEqualTo(200);
        assertThat(http.send(http.request("/actuator/health").GET().build()).statusCode()).isEqualTo(200);
        // Camunda's web apps are single pages whose first screen is their login; it asks which user is signed in
        assertThat(http.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        assertThat(http.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
    }

    /** Signs in on the product's own login page, as its form does. */
    private BrowserSession productLogin(String user) {
        BrowserSession browser = new BrowserSession(port);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browser.get("/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = browser.postForm("/login",
                Map.of("username", user, "password", PASSWORD, "_csrf", token.group(1)));
        assertThat(login.headers().firstValue("Location")).as(user + " signing in").hasValueSatisfying(
                url -> assertThat(url).doesNotContain("error"));
        return browser;
    }

    @Test
    void theProductsSignInOpensCamundasWebAppsWithTheUsersOwnRights() {
        BrowserSession marketer = productLogin(MARKETER);
        assertThat(marketer.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> who = marketer.get("/camunda/api/admin/auth/user/default");
        assertThat(who.statusCode()).isEqualTo(200);
        assertThat(who.body()).contains("\"userId\":\"" + MARKETER + "\"").contains("tasklist").doesNotContain("cockpit");
        assertThat(marketer.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        // signing out in Tasklist signs out of everything: Camunda's next page must not sign the marketer in again
        assertThat(marketer.post("/camunda/api/admin/auth/user/default/logout", "application/json", "")
                .statusCode()).isLessThan(300);
        assertThat(marketer.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
        assertThat(marketer.get("/campaigns").statusCode()).isIn(302, 401);

        BrowserSession operator = productLogin(OPERATOR);
        assertThat(operator.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        assertThat(operator.get("/camunda/api/admin/auth/user/default").body())
                .contains("\"userId\":\"" + OPERATOR + "\"").contains("cockpit").doesNotContain("tasklist");
        assertThat(operator.get("/bronto-connection").statusCode()).isEqualTo(403);
        assertThat(operator.get("/nightly-runs").statusCode()).isEqualTo(200);
        // it lists customers' addresses and names, like the other customer pages
        assertThat(operator.get("/bronto-contacts").statusCode()).isEqualTo(403);
    }

    @Test
    void aMarketerSignsInToTasklistButNotToCockpitOrAdmin() {
        camundaLogin("tasklist", MARKETER, PASSWORD, 200);
        camundaLogin("cockpit", MARKETER, PASSWORD, 403);
        camundaLogin("admin", MARKETER, PASSWORD, 403);
    }

    @Test
    void anOperatorSignsInToCockpitAndSeesEveryProcessButNotTasklistOrAdmin() {
        BrowserSession cockpit = camundaLogin("cockpit", OPERATOR, PASSWORD, 200);
        HttpResponse<String> definitions = cockpit.get("/camunda/api/engine/engine/default/process-definition");
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).contains("\"key\":\"" + CampaignExecutionProcess.PROCESS_ID + "\"")
                .contains("\"key\":\"" + NightlyCampaignRunProcess.PROCESS_ID + "\"");
        assertThat(cockpit.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").body())
                .contains("\"key\":\"" + CampaignExecutionProcess.PROCESS_ID + "\"");
        camundaLogin("tasklist", OPERATOR, PASSWORD, 403);
        camundaLogin("admin", OPERATOR, PASSWORD, 403);
    }

    @Test
    void anOperatorRetriesAFailedJobButCancelsNoRun() {
        String run = runtime.createProcessInstanceByKey(NightlyCampaignRunProcess.PROCESS_ID).businessKey("nightly/operator-test")
                .setVariable(NightlyCampaignRunProcess.Variables.RUN_DATE, "2031-05-06")
                .startBeforeActivity(NightlyCampaignRunProcess.Elements.REFRESH_CUSTOMER_DATA).execute().getId();
        var job = management.createJobQuery().processInstanceId(run).singleResult();
        management.setJobRetries(job.getId(), 0);

        assertThat(api("PUT", "/engine-rest/job/" + job.getId() + "/retries", OPERATOR, "{\"retries\": 1}").statusCode())
                .isEqualTo(204);
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isOne();
        assertThat(api("PUT", "/engine-rest/job/" + job.getId() + "/retries", MARKETER, "{\"retries\": 5}").statusCode())
                .isEqualTo(403);
        assertThat(api("DELETE", "/engine-rest/process-instance/" + run, OPERATOR, null).statusCode()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(run).count()).isOne();
    }

    @Test
    void aUserInNoGroupSignsInNowhere() {
        camundaLogin("tasklist", NOBODY, PASSWORD, 403);
        camundaLogin("cockpit", NOBODY, PASSWORD, 403);
        assertThat(api("GET", "/engine-rest/process-definition", NOBODY, null).body()).isEqualTo("[]");
        assertThat(api("GET", "/campaigns", NOBODY, null).statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/campaigns", NOBODY, null).statusCode()).isEqualTo(403);
    }

    @Test
    void theFirstAdminSignsInToAllThreeApps() {
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            camundaLogin(app, "demo", "demo", 200);
        }
        assertThat(identity.createUserQuery().userId("demo").memberOfGroup(CamundaGroups.ADMINS).count()).isOne();
        assertThat(identity.createUserQuery().userId("demo").memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isOne();
    }

    @Test
    void aMarketerSeesTheCampaignTaskInTasklistOpensItsFormAndCompletesIt() {
        Task approval = approvalTask();
        // Camunda's own grant for a candidate group, beside the product's on the process
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(CamundaGroups.MARKETERS)
                .resourceType(Resources.TASK).resourceId(approval.getId()).count()).isOne();
        BrowserSession tasklist = camundaLogin("tasklist", MARKETER, PASSWORD, 200);
        String engine = "/camunda/api/engine/engine/default";

        HttpResponse<String> filters = tasklist.get(engine + "/filter?resourceType=Task");
        assertThat(filters.body()).contains("\"name\":\"All tasks\"");
        String filterId = filters.body().replaceFirst("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> listed = tasklist.postJson(engine + "/filter/" + filterId + "/list?firstResult=0&maxResults=15", "{}");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"id\":\"" + approval.getId() + "\"");

        HttpResponse<String> form = tasklist.get(engine + "/task/" + approval.getId() + "/deployed-form");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("\"id\": \"approveTemplate\"");
        assertThat(tasklist.get(engine + "/task/" + approval.getId() + "/form-variables").statusCode()).isEqualTo(200);
        assertThat(tasklist.postJson(engine + "/task/" + approval.getId() + "/claim", "{\"userId\":\"" + MARKETER + "\"}")
                .statusCode()).isEqualTo(204);

        HttpResponse<String> submitted = tasklist.postJson(engine + "/task/" + approval.getId() + "/submit-form",
                "{\"variables\": {\"" + Variables.APPROVAL_DECISION + "\": {\"value\": \"" + CampaignExecutionProcess.Choices.APPROVE + "\"}}}");

        assertThat(submitted.statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isZero();
        // the process went on as the system, to the next step's job, which the job executor will run
        assertThat(management.createJobQuery().processInstanceId(approval.getProcessInstanceId())
                .activityId(Elements.RECORD_APPROVED_TEMPLATE).count()).isOne();
    }

    /** Without Camunda's per-task grant, as for a task made before authorizations were switched on. */
    @Test
    void onlyMarketersAndAdminsWorkOnCampaignTasks() {
        Task approval = approvalTask();
        authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(approval.getId()).list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        String complete = "/engine-rest/task/" + approval.getId() + "/complete";
        String decision = "{\"variables\": {\"" + Variables.APPROVAL_DECISION + "\": {\"value\": \"reject\"}}}";

        assertThat(api("GET", "/engine-rest/task", NOBODY, null).body()).isEqualTo("[]");
        assertThat(api("POST", complete, NOBODY, decision).statusCode()).isIn(403, 404);
        assertThat(api("GET", "/engine-rest/task", OPERATOR, null).body()).contains(approval.getId());
        assertThat(api("POST", complete, OPERATOR, decision).statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isOne();

        assertThat(api("POST", complete, MARKETER, decision).statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isZero();
    }

    @Test
    void theEngineRestApiShowsAMarketerOnlyWhatMarketersMayRead() {
        approvalTask();
        long instances = runtime.createProcessInstanceQuery().count();
        HttpResponse<String> definitions = api("GET", "/engine-rest/process-definition", MARKETER, null);
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).contains("\"key\":\"" + CampaignExecutionProcess.PROCESS_ID + "\"")
                .doesNotContain(NightlyCampaignRunProcess.PROCESS_ID);
        for (String hidden : List.of("/engine-rest/deployment", "/engine-rest/process-instance", "/engine-rest/history/process-instance",
                "/engine-rest/history/variable-instance", "/engine-rest/job", "/engine-rest/incident", "/engine-rest/user?memberOfGroup=admins")) {
            HttpResponse<String> answer = api("GET", hidden, MARKETER, null);
            assertThat(answer.statusCode()).as(hidden).isEqualTo(200);
            assertThat(answer.body()).as(hidden).isEqualTo("[]");
        }
        // their own group, which Camunda lets its members read, and nothing else of the identity store
        assertThat(api("GET", "/engine-rest/group", MARKETER, null).body()).contains("\"id\":\"marketers\"")
                .doesNotContain(CamundaGroups.ADMINS, CamundaGroups.OPERATORS);
        // a process they may not read is not there for them (404); one they may read, they may not start (403)
        assertThat(api("POST", "/engine-rest/process-definition/key/" + NightlyCampaignRunProcess.PROCESS_ID + "/start",
                MARKETER, "{}").statusCode()).isEqualTo(404);
        assertThat(api("POST", "/engine-rest/process-definition/key/" + CampaignExecutionProcess.PROCESS_ID + "/start",
                MARKETER, "{}").statusCode()).isEqualTo(403);
        assertThat(api("POST", "/engine-rest/user/create", MARKETER,
                "{\"profile\": {\"id\": \"intruder\"}, \"credentials\": {\"password\": \"intruder-password\"}}").statusCode())
                .isEqualTo(403);
        assertThat(api("PUT", "/engine-rest/group/" + CamundaGroups.ADMINS + "/members/" + MARKETER, MARKETER, null)
                .statusCode()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(identity.createUserQuery().userId(MARKETER).memberOfGroup(CamundaGroups.ADMINS).count()).isZero();
    }

    @Test
    void theProductsPagesAreForMarketersAndItsOperationsForOperators() {
        for (String path : List.of("/campaigns", "/customers", "/imports", "/analysis", "/api/campaigns", "/api/imports")) {
            assertThat(api("GET", path, MARKETER, null).statusCode()).as(path).isEqualTo(200);
            assertThat(api("GET", path, OPERATOR, null).statusCode()).as(path).isEqualTo(403);
        }
        for (String path : List.of("/sandbox/control/clock", "/sandbox/control/uploads")) {
            assertThat(api("GET", path, OPERATOR, null).statusCode()).as(path).isEqualTo(200);
            assertThat(api("GET", path, MARKETER, null).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(api("GET", "/", MARKETER, null).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/", OPERATOR, null).statusCode()).isEqualTo(200);
        assertThat(api("POST", "/sandbox/control/clock?advance=PT1H", MARKETER, null).statusCode()).isEqualTo(403);
        assertThat(api("POST", "/api/nightly-run?date=2031-01-01", MARKETER, null).statusCode()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("nightly/2031-01-01").count()).isZero();
        // a marketer syncs contacts from the Bronto contacts page; the API is operations'
        assertThat(api("POST", "/api/contact-sync", MARKETER, null).statusCode()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ContactSyncProcess.PROCESS_ID).count()).isZero();
    }

    /**
     * The product calls the engine as the system, not as the signed-in user: an operator starts the nightly run
     * although Camunda grants operators no right to start processes (they may not in Cockpit or the REST API).
     */
    @Test
    void anOperatorStartsTheNightlyRunThroughTheProductNotThroughTheEngine() {
        assertThat(api("POST", "/engine-rest/process-definition/key/" + NightlyCampaignRunProcess.PROCESS_ID + "/start",
                OPERATOR, "{}").statusCode()).isEqualTo(403);

        HttpResponse<String> started = api("POST", "/api/nightly-run?date=2031-02-03", OPERATOR, null);

        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("nightly/2031-02-03").count()).isOne();
    }

    @Test
    void aRestartOrASecondNodeCreatesNoGroupOrAuthorizationTwice() {
        long authorizationCount = authorizations.createAuthorizationQuery().count();
        long groupCount = identity.createGroupQuery().count();
        long adminMemberships = identity.createUserQuery().memberOfGroup(CamundaGroups.ADMINS).count();

        groups.run(null);
        groups.run(null);

        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(authorizationCount);
        assertThat(identity.createGroupQuery().count()).isEqualTo(groupCount);
        assertThat(identity.createUserQuery().memberOfGroup(CamundaGroups.ADMINS).count()).isEqualTo(adminMemberships);
    }
}
