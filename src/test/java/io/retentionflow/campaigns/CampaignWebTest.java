package io.retentionflow.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.bronto.MessageFolder;
import io.retentionflow.support.PlainHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The campaign API and pages, with Bronto's Optimove folder played by a mock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:campaigns-web;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "sandbox.seed-demo=false",
    "imports.demo-data=false"
})
@AutoConfigureMockMvc
class CampaignWebTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @MockitoBean
    BrontoGateway bronto;

    private PlainHttp http;
    private long group;

    @BeforeEach
    void setUp() {
        http = new PlainHttp(port);
        when(bronto.findMessageFolder("Optimove")).thenReturn(Optional.of(new MessageFolder("f1", "Optimove", null)));
        when(bronto.readMessages("f1", false)).thenReturn(List.of(
                new BrontoMessage("m1", "We miss you", "f1", null, null, null),
                new BrontoMessage("m2", "Come back: 10 % off", "f1", null, null, null)));
        when(bronto.readMessage("m1")).thenReturn(Optional.of(
                new BrontoMessage("m1", "We miss you", "f1", "We miss you", "<h1>We miss you</h1><script>alert(1)</script>", "We miss you")));
        when(bronto.readMessage("t1")).thenReturn(Optional.of(
                new BrontoMessage("t1", "Password reset", "f2", "Reset", "<p>reset</p>", "reset")));
        group = jdbc.sql("select id from target_group where name = 'Web group'").query(Long.class).optional()
                .orElseGet(() -> {
                    jdbc.sql("insert into target_group (name, rule_json, created_at, updated_at) values ('Web group', "
                            + "'{\"field\":\"stage\",\"op\":\"=\",\"value\":\"lapsed\"}', :now, :now)")
                            .param("now", OffsetDateTime.now()).update();
                    return jdbc.sql("select id from target_group where name = 'Web group'").query(Long.class).single();
                });
    }

    private HttpResponse<String> api(String method, String path, String json) {
        return http.send(http.request(path).header("Authorization", PlainHttp.basic("demo", "demo"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private String plan(String name, String templateId, String date) {
        return """
                {"name": "%s", "targetGroupId": %d, "templateId": "%s", "sendTime": "09:00",
                 "timeZone": "Europe/Berlin", "startDate": "%s"}""".formatted(name, group, templateId, date);
    }

    @Test
    void theApiWantsALogin() {
        assertThat(http.send(http.request("/api/campaigns").header("Accept", "application/json").GET().build())
                .statusCode()).isEqualTo(401);
        assertThat(http.send(http.request("/api/campaigns/due?date=2025-06-05").GET().build()).statusCode())
                .isIn(302, 401);
        assertThat(http.get("/api/campaigns", "demo", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void theTemplatesAreThoseOfTheOptimoveFolder() {
        HttpResponse<String> templates = api("GET", "/api/campaigns/templates", null);
        assertThat(templates.statusCode()).isEqualTo(200);
        assertThat(templates.body()).isEqualTo("[{\"id\":\"m1\",\"name\":\"We miss you\",\"previewUrl\":\"/campaigns/templates/m1/preview\"},"
                + "{\"id\":\"m2\",\"name\":\"Come back: 10 % off\",\"previewUrl\":\"/campaigns/templates/m2/preview\"}]");
    }

    @Test
    void aPlanIsCreatedPausedResumedAndFoundDue() {
        HttpResponse<String> created = api("POST", "/api/campaigns", plan("Web once", "m1", "2031-03-04"));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(created.body()).contains("\"templateName\":\"We miss you\"").contains("\"controlPercent\":10")
                .contains("\"active\":true");

        HttpResponse<String> due = api("GET", "/api/campaigns/due?date=2031-03-04", null);
        assertThat(due.body()).contains("\"name\":\"Web once\"").contains("\"sendAt\":\"2031-03-04T09:00:00+01:00\"");
        assertThat(api("GET", "/api/campaigns/due?date=2031-03-05", null).body()).doesNotContain("Web once");

        assertThat(api("POST", location + "/pause", null).body()).contains("\"active\":false");
        assertThat(api("GET", "/api/campaigns/due?date=2031-03-04", null).body()).doesNotContain("Web once");
        assertThat(api("POST", location + "/resume", null).body()).contains("\"active\":true");
        assertThat(api("GET", "/api/campaigns/due?date=2031-03-04", null).body()).contains("Web once");

        assertThat(api("GET", "/api/campaigns/due?date=4.3.2031", null).statusCode()).isEqualTo(400);
    }

    @Test
    void anInvalidPlanIsA400WithEveryMessage() {
        HttpResponse<String> refused = api("POST", "/api/campaigns", """
                {"name": "Bad", "targetGroupId": 999999, "templateId": "t1", "sendTime": "09:00",
                 "timeZone": "Atlantis/Capital", "startDate": "2031-03-04", "endDate": "2031-03-01", "controlPercent": 60,
                 "replyTo": "nobody"}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"targetGroupId\"")
                .contains("targetGroupId: unknown target group 999999")
                .contains("templateId: template t1 is not in Bronto's Optimove folder")
                .contains("timeZone: unknown time zone 'Atlantis/Capital'")
                .contains("endDate: the end 2031-03-01 is before the start 2031-03-04")
                .contains("controlPercent: the control group is 0 to 50 percent, not 60")
                .contains("replyTo: 'nobody' is not an email address");
    }

    private String abTest(String name, String metric) {
        return """
                {"name": "%s", "targetGroupId": %d, "templateId": "m1", "variantTemplateId": "m2", "splitA": 50,
                 "splitB": 50, "abTestMetric": "%s", "sendTime": "09:00", "timeZone": "Europe/Berlin",
                 "startDate": "2031-03-04"}""".formatted(name, group, metric);
    }

    @Test
    void anAbTestSaysWhichMetricDecidesIt() {
        HttpResponse<String> opens = api("POST", "/api/campaigns", abTest("Web A/B on opens", "OPENS"));
        assertThat(opens.statusCode()).isEqualTo(201);
        assertThat(opens.body()).contains("\"abTestMetric\":\"opens\"");
        assertThat(api("GET", opens.headers().firstValue("Location").orElseThrow(), null).body())
                .contains("\"abTestMetric\":\"opens\"");
        assertThat(api("POST", "/api/campaigns", abTest("Web A/B by default", "")).body())
                .contains("\"abTestMetric\":\"clicks\"");
        assertThat(api("POST", "/api/campaigns", plan("Web without a test", "m1", "2031-03-04")).body())
                .contains("\"abTestMetric\":null");

        HttpResponse<String> refused = api("POST", "/api/campaigns", abTest("Web A/B on views", "views"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"abTestMetric\"")
                .contains("abTestMetric: an A/B test is decided on opens or clicks");
    }

    @Test
    void theFormOffersTheMetricNextToTheSplitAndShowsTheChosenOne() throws Exception {
        mvc.perform(get("/campaigns/new").with(user("demo").roles("MARKETER")))
                .andExpect(content().string(containsString("<option value=\"clicks\">Unique clicks (default)</option>")));

        String saved = mvc.perform(post("/campaigns").with(user("demo").roles("MARKETER")).with(csrf())
                        .param("name", "Form A/B").param("targetGroupId", String.valueOf(group)).param("templateId", "m1")
                        .param("variantTemplateId", "m2").param("splitA", "50").param("splitB", "50")
                        .param("abTestMetric", "opens").param("sendTime", "09:00").param("timeZone", "UTC")
                        .param("startDate", "2031-03-04").param("controlPercent", "10").param("active", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get("/campaigns/" + saved.substring(saved.indexOf('=') + 1)).with(user("demo").roles("MARKETER")))
                .andExpect(content().string(containsString("<option value=\"opens\" selected=\"selected\">Unique opens</option>")));

        mvc.perform(post("/campaigns").with(user("demo").roles("MARKETER")).with(csrf())
                        .param("name", "Form A/B").param("targetGroupId", String.valueOf(group)).param("templateId", "m1")
                        .param("variantTemplateId", "m2").param("splitA", "50").param("splitB", "50")
                        .param("abTestMetric", "views").param("sendTime", "09:00").param("timeZone", "UTC")
                        .param("startDate", "2031-03-04").param("controlPercent", "10").param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\">abTestMetric: an A/B test is decided on opens or clicks</p>")));
    }

    @Test
    void theFormOffersTheTemplatesAndShowsProblemsNextToTheFields() throws Exception {
        mvc.perform(get("/campaigns/new").with(user("demo").roles("MARKETER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"m1\">We miss you</option>")))
                .andExpect(content().string(containsString("href=\"/campaigns/templates/m1/preview\"")))
                .andExpect(content().string(containsString("placeholder=\"news@example.com\"")));

        mvc.perform(post("/campaigns").with(user("demo").roles("MARKETER")).with(csrf())
                        .param("name", "Form plan").param("targetGroupId", String.valueOf(group)).param("templateId", "m1")
                        .param("variantTemplateId", "m2").param("splitA", "70").param("splitB", "20")
                        .param("sendTime", "09:00").param("timeZone", "UTC").param("startDate", "2031-03-04")
                        .param("controlPercent", "10").param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\">split: the A/B split must be two shares of at least 1 adding up to 100, not 70 / 20</p>")));

        mvc.perform(post("/campaigns").with(user("demo").roles("MARKETER")).with(csrf())
                        .param("name", "Form plan").param("targetGroupId", String.valueOf(group)).param("templateId", "m1")
                        .param("sendTime", "09:00").param("timeZone", "UTC").param("startDate", "2031-03-02")
                        .param("endDate", "2031-03-31").param("weekdays", "MON", "FRI")
                        .param("controlPercent", "10").param("active", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/campaigns").with(user("demo").roles("MARKETER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Form plan")))
                .andExpect(content().string(containsString("paused")))
                .andExpect(content().string(containsString("Resume")));
    }

    @Test
    void aTemplatePreviewIsSandboxedAndOnlyForTheOptimoveFolder() throws Exception {
        mvc.perform(get("/campaigns/templates/m1/preview").with(user("demo").roles("MARKETER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", "sandbox"))
                .andExpect(content().string(containsString("<h1>We miss you</h1>")));
        mvc.perform(get("/campaigns/templates/t1/preview").with(user("demo").roles("MARKETER"))).andExpect(status().isNotFound());
    }
}
