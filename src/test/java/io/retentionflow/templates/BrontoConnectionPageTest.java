package io.retentionflow.templates;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The connection page against the sandbox over HTTP: what it shows an admin, and its check. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:bronto-connection-page;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "imports.demo-data=false"
})
@AutoConfigureMockMvc
class BrontoConnectionPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Value("${bronto.api-token}")
    String token;

    @Test
    void anAdminSeesTheEndpointAndWhetherATokenIsSetButNeverTheToken() throws Exception {
        mvc.perform(get("/bronto-connection").with(user("ada").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/sandbox/bronto/v4")))
                .andExpect(content().string(containsString("set (never shown)")))
                .andExpect(content().string(containsString("BRONTO_API_TOKEN_FILE")))
                .andExpect(content().string(not(containsString(token))));
    }

    @Test
    void theCheckSignsInAndCountsTheOptimoveTemplates() throws Exception {
        long templates = jdbc.sql("""
                select count(*) from sandbox_message m join sandbox_message_folder f on f.id = m.folder_id
                where f.name = 'Optimove'""").query(Long.class).single();
        mvc.perform(post("/bronto-connection/test").with(user("ada").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Connected: signed in and read the &quot;Optimove&quot; folder, " + templates + " templates.")))
                .andExpect(content().string(not(containsString(token))));
    }

    @Test
    void theConnectionIsForAdminsOnly() throws Exception {
        mvc.perform(get("/bronto-connection").with(user("mia").roles("MARKETER"))).andExpect(status().isForbidden());
        mvc.perform(get("/bronto-connection").with(user("otto").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/bronto-connection/test").with(user("mia").roles("MARKETER")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
