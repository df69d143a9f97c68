package io.retentionflow.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.support.PlainHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The target group and discovery API and pages, behind the product's login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:targeting-web;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "sandbox.seed-demo=false",
    "imports.demo-data=false"
})
@AutoConfigureMockMvc
class TargetGroupWebTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityService identity;

    @MockitoBean
    BrontoGateway bronto;

    private PlainHttp http;

    @BeforeEach
    void setUp() {
        http = new PlainHttp(port);
        if (jdbc.sql("select count(*) from customer where id = 'c01'").query(Long.class).single() == 0) {
            CustomerFixture.insert(jdbc);
        }
    }

    private HttpResponse<String> api(String method, String path, String json) {
        return http.send(http.request(path).header("Authorization", PlainHttp.basic("demo", "demo"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Wrong passwords go to a user of their own: Camunda delays demo's next login after a failed one. */
    private String userForWrongPasswords() {
        if (identity.createUserQuery().userId("probe").count() == 0) {
            var probe = identity.newUser("probe");
            probe.setPassword("probe-password");
            identity.saveUser(probe);
        }
        return "probe";
    }

    @Test
    void theApiWantsALogin() {
        for (String path : new String[] {"/api/target-groups", "/api/discovery"}) {
            assertThat(http.send(http.request(path).header("Accept", "application/json").GET().build()).statusCode())
                    .as(path).isEqualTo(401);
            assertThat(http.get(path, userForWrongPasswords(), "wrong").statusCode()).as(path).isEqualTo(401);
            assertThat(http.get(path, "demo", "demo").statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> page = http.get("/target-groups");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }

    @Test
    void createPreviewUpdateAndDeleteThroughTheApi() {
        HttpResponse<String> created = api("POST", "/api/target-groups",
                "{\"name\": \"API lapsed\", \"rule\": {\"field\": \"stage\", \"op\": \"=\", \"value\": \"lapsed\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(created.body()).contains("\"rule\":{\"field\":\"stage\",\"op\":\"=\",\"value\":\"lapsed\"}");

        HttpResponse<String> preview = api("GET", location + "/preview", null);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("\"size\":2").contains("\"withEmail\":1").contains("\"valueAtRisk\":19.90");

        HttpResponse<String> updated = api("PUT", location,
                "{\"name\": \"API lapsed\", \"rule\": {\"field\": \"stage\", \"op\": \"in\", \"value\": [\"lapsed\", \"at_risk\"]}}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(api("GET", location + "/preview", null).body()).contains("\"size\":5");

        assertThat(api("DELETE", location, null).statusCode()).isEqualTo(204);
        assertThat(api("GET", location, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedRuleIsA400NamingTheProblem() {
        HttpResponse<String> refused = api("POST", "/api/target-groups",
                "{\"name\": \"Bad\", \"rule\": {\"all\": [{\"field\": \"clv\", \"op\": \"contains\", \"value\": \"1\"}]}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"rule\"")
                .contains("rule.all[0].op: operator 'contains' is not valid for number field 'clv'");

        HttpResponse<String> preview = api("POST", "/api/target-groups/preview",
                "{\"rule\": {\"field\": \"shoe_size\", \"op\": \"=\", \"value\": 42}}");
        assertThat(preview.statusCode()).isEqualTo(400);
        assertThat(preview.body()).contains("rule.field: unknown field 'shoe_size'");
    }

    @Test
    void anUnsavedRuleIsPreviewed() {
        HttpResponse<String> preview = api("POST", "/api/target-groups/preview",
                "{\"rule\": {\"field\": \"country\", \"op\": \"=\", \"value\": \"fr\"}}");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("\"size\":2").contains("\"id\":\"c04\"").contains("\"id\":\"c08\"");
    }

    @Test
    void discoveryShowsTheGridAndOneClickOpensAGroup() throws Exception {
        HttpResponse<String> grid = api("GET", "/api/discovery", null);
        assertThat(grid.body()).contains("{\"stage\":\"at_risk\",\"valueTier\":\"high\",\"customers\":2,\"withEmail\":1,"
                + "\"revenue\":800.00,\"clv\":600.00,\"valueAtRisk\":350.00}");

        mvc.perform(get("/discovery").with(user("demo").roles("MARKETER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Create target group")));
        mvc.perform(post("/discovery/target-groups").param("stage", "lapsed").param("valueTier", "medium")
                        .with(user("demo").roles("MARKETER")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/target-groups/*"));
        long id = jdbc.sql("select id from target_group where name = 'Lapsed · medium value'").query(Long.class).single();
        mvc.perform(get("/target-groups/" + id).with(user("demo").roles("MARKETER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Value at risk")));
        mvc.perform(get("/target-groups").with(user("demo").roles("MARKETER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lapsed · medium value")));
    }

    @Test
    void theFormShowsTheRuleProblemNextToTheField() throws Exception {
        mvc.perform(post("/target-groups").param("name", "Form group").param("description", "")
                        .param("ruleJson", "{\"field\": \"stage\", \"op\": \"=\", \"value\": \"dormant\"}")
                        .with(user("demo").roles("MARKETER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\">rule.value: &#39;stage&#39; is one of")));
        mvc.perform(post("/target-groups/preview").param("name", "").param("description", "")
                        .param("ruleJson", "{\"field\": \"stage\", \"op\": \"=\", \"value\": \"new\"}")
                        .with(user("demo").roles("MARKETER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("c08@example.com")));
        mvc.perform(get("/target-groups/new").with(user("demo").roles("MARKETER"))).andExpect(status().isOk());
        mvc.perform(get("/target-groups/999999").with(user("demo").roles("MARKETER"))).andExpect(status().isNotFound());
    }
}
