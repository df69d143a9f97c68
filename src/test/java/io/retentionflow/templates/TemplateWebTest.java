package io.retentionflow.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.bronto.MessageFolder;
import io.retentionflow.support.PlainHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** The Templates page and API, with Bronto's Optimove folder played by a mock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:templates-web;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "sandbox.seed-demo=false",
    "imports.demo-data=false",
    "campaigns.default-from-name=Settings Shop",
    "campaigns.default-from-email=settings@shop.example",
    "campaigns.default-reply-to=settings-care@shop.example"
})
@AutoConfigureMockMvc
class TemplateWebTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TemplateCatalog catalog;
    @Autowired ObjectMapper json;
    @MockitoBean BrontoGateway bronto;

    private PlainHttp http;

    @BeforeEach
    void setUp() {
        http = new PlainHttp(port);
        jdbc.sql("delete from sender_default").update();
        catalog.reload();
        when(bronto.findMessageFolder("Optimove")).thenReturn(Optional.of(new MessageFolder("f1", "Optimove", null)));
        when(bronto.readMessages("f1", true)).thenReturn(List.of(
                new BrontoMessage("m1", "We miss you", "f1", "We miss you, %%firstname%%", "<p>hi</p>", "hi"),
                new BrontoMessage("m2", "<script>alert('name')</script>", "f1", "<b>Subject</b>", "<p>x</p>", "x")));
    }

    private HttpResponse<String> api(String method, String path, String body) {
        return http.send(http.request(path).header("Authorization", PlainHttp.basic("demo", "demo"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    @Test
    void theApiWantsALogin() {
        assertThat(http.send(http.request("/api/templates").header("Accept", "application/json").GET().build())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void theTemplatesShowTheirSubjectPreviewAndEffectiveSenderWithItsSources() throws Exception {
        api("PUT", "/api/templates/sender", "{\"replyTo\": \"global-care@shop.example\"}");
        HttpResponse<String> saved = api("PUT", "/api/templates/m1/sender",
                "{\"fromName\": \"Win-back team\", \"fromEmail\": \"\", \"replyTo\": null}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(read(saved).at("/fromName/value").asText()).isEqualTo("Win-back team");
        assertThat(read(saved).at("/fromName/source").asText()).isEqualTo("template");
        assertThat(read(saved).at("/fromEmail/source").asText()).isEqualTo("setting");
        assertThat(read(saved).at("/replyTo/source").asText()).isEqualTo("global default");

        HttpResponse<String> list = api("GET", "/api/templates", null);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode first = read(list).get(0);
        assertThat(first.get("id").asText()).isEqualTo("m1");
        assertThat(first.get("subject").asText()).isEqualTo("We miss you, %%firstname%%");
        assertThat(first.get("previewUrl").asText()).isEqualTo("/campaigns/templates/m1/preview");
        assertThat(first.at("/stored/fromName").asText()).isEqualTo("Win-back team");
        assertThat(first.at("/stored/fromEmail").isNull()).isTrue();
        assertThat(first.at("/effective/fromEmail/value").asText()).isEqualTo("settings@shop.example");
        assertThat(first.at("/effective/replyTo/value").asText()).isEqualTo("global-care@shop.example");
        assertThat(read(list).get(1).at("/effective/fromName/source").asText()).isEqualTo("setting");
    }

    @Test
    void theGlobalDefaultIsSavedAndAnswersTheEffectiveSender() throws Exception {
        HttpResponse<String> saved = api("PUT", "/api/templates/sender",
                "{\"fromName\": \"Global Shop\", \"fromEmail\": \"global@shop.example\", \"replyTo\": \"\"}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(read(saved).at("/fromEmail/value").asText()).isEqualTo("global@shop.example");
        assertThat(read(saved).at("/fromEmail/source").asText()).isEqualTo("global default");
        assertThat(read(saved).at("/replyTo/value").asText()).isEqualTo("settings-care@shop.example");
    }

    @Test
    void badValuesAreA400NamingTheField() throws Exception {
        HttpResponse<String> crlf = api("PUT", "/api/templates/m1/sender",
                "{\"fromName\": \"Shop\\r\\nBcc: all@victim.example\"}");
        assertThat(crlf.statusCode()).isEqualTo(400);
        assertThat(read(crlf).get("field").asText()).isEqualTo("fromName");

        HttpResponse<String> huge = api("PUT", "/api/templates/sender",
                "{\"replyTo\": \"" + "a".repeat(10_000) + "@shop.example\"}");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(read(huge).get("field").asText()).isEqualTo("replyTo");
        assertThat(huge.body()).hasSizeLessThan(1_000);

        HttpResponse<String> script = api("PUT", "/api/templates/m1/sender", "{\"fromEmail\": \"<script>@shop.example\"}");
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(read(script).get("field").asText()).isEqualTo("fromEmail");
        assertThat(jdbc.sql("select count(*) from sender_default").query(Long.class).single()).isZero();
    }

    @Test
    void aTemplateOutsideTheOptimoveFolderIsA404() throws Exception {
        HttpResponse<String> missing = api("PUT", "/api/templates/t9/sender", "{\"fromName\": \"Shop\"}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(read(missing).get("title").asText()).isEqualTo("Not found");
    }

    @Test
    void thePageListsTheTemplatesEscaped() throws Exception {
        jdbc.sql("insert into sender_default (scope, from_name, updated_at) values ('m1', '<script>alert(1)</script>', current_timestamp)")
                .update();
        mvc.perform(get("/templates").with(user("demo").roles("MARKETER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Templates</a>")))
                .andExpect(content().string(containsString("We miss you, %%firstname%%")))
                .andExpect(content().string(containsString("/campaigns/templates/m1/preview")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(containsString("settings@shop.example")));
    }

    @Test
    void aRefusedFormShowsItsMessageNextToTheField() throws Exception {
        mvc.perform(post("/templates/m1/sender").with(user("demo").roles("MARKETER")).with(csrf())
                        .param("fromName", "Shop").param("fromEmail", "not an address").param("replyTo", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fromEmail: &#39;not an address&#39; is not an email address")))
                .andExpect(content().string(containsString("value=\"not an address\"")));
        assertThat(jdbc.sql("select count(*) from sender_default").query(Long.class).single()).isZero();

        mvc.perform(post("/templates/sender").with(user("demo").roles("MARKETER")).with(csrf()).param("fromName", "Global Shop"))
                .andExpect(redirectedUrl("/templates?saved=global"));
        assertThat(jdbc.sql("select from_name from sender_default where scope = 'global'").query(String.class).single())
                .isEqualTo("Global Shop");
    }

    @Test
    void reloadFromBrontoReadsTheFolderAgain() throws Exception {
        mvc.perform(get("/templates").with(user("demo").roles("MARKETER"))).andExpect(status().isOk());
        mvc.perform(get("/templates").with(user("demo").roles("MARKETER"))).andExpect(status().isOk());
        verify(bronto, times(1)).readMessages("f1", true);

        when(bronto.readMessages("f1", true)).thenReturn(List.of(
                new BrontoMessage("m3", "Brand new", "f1", "Fresh subject", "<p>new</p>", "new")));
        mvc.perform(post("/templates/reload").with(user("demo").roles("MARKETER")).with(csrf()))
                .andExpect(redirectedUrl("/templates?reloaded"));
        mvc.perform(get("/templates").with(user("demo").roles("MARKETER")))
                .andExpect(content().string(containsString("Fresh subject")))
                .andExpect(content().string(not(containsString("We miss you, %%firstname%%"))));
        verify(bronto, times(2)).readMessages("f1", true);
    }
}
