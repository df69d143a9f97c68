package io.retentionflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The nightly runs page: a run started from it shows with its step while it runs (the job executor is off here,
 * so it stays at its first step); the page runs today only, whatever a request says.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:nightly-run-page;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "imports.demo-data=false"
})
@AutoConfigureMockMvc
class NightlyRunPageTest {

    private static final UserRequestPostProcessor MARKETER = user("mia").roles("MARKETER");

    @Autowired
    MockMvc mvc;

    @Autowired
    HistoryService history;

    @Autowired
    NightlyRuns nightlyRuns;

    @Test
    void aRunStartedFromThePageIsShownAtItsStepAndFollowed() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        mvc.perform(post("/nightly-runs").with(MARKETER).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/nightly-runs"));

        mvc.perform(get("/nightly-runs").with(MARKETER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Nightly runs · Retention Flow</title>")))
                .andExpect(content().string(containsString("<td>" + today + "</td>")))
                .andExpect(content().string(containsString("No customer model yet")))
                .andExpect(content().string(containsString("Refresh customer data…")))
                // the page follows a run still going
                .andExpect(content().string(containsString("http-equiv=\"refresh\"")));
    }

    /** Another day would refit the customer model as of that day's eve, for every campaign: the page runs today only. */
    @ParameterizedTest
    @ValueSource(strings = {"2020-01-01", "2099-12-31", "+999999999-12-31", "<script>alert(1)</script>"})
    void aDaySentAnywayIsIgnored(String date) throws Exception {
        mvc.perform(post("/nightly-runs").param("date", date).with(MARKETER).with(csrf()))
                .andExpect(status().isFound());
        assertThat(history.createHistoricVariableInstanceQuery().variableName(NightlyCampaignRunProcess.Variables.RUN_DATE)
                .list()).extracting(variable -> variable.getValue().toString())
                .doesNotContain(date).contains(LocalDate.now(ZoneOffset.UTC).toString());
    }

    @Test
    void aPageNumberPastTheEndShowsAnEmptyPage() throws Exception {
        mvc.perform(get("/nightly-runs").param("page", String.valueOf(Integer.MAX_VALUE)).with(MARKETER))
                .andExpect(status().isOk());
        mvc.perform(get("/nightly-runs").param("page", "-5").with(MARKETER)).andExpect(status().isOk());
    }

    @Test
    void manyRunsArePaged() throws Exception {
        while (runs() <= NightlyRunPageController.PAGE_SIZE) {
            nightlyRuns.runFor(LocalDate.of(2026, 1, 1));
        }
        mvc.perform(get("/nightly-runs").with(MARKETER))
                .andExpect(content().string(containsString("aria-label=\"Pages of nightly runs\"")))
                .andExpect(content().string(containsString("href=\"/nightly-runs?page=1\">Older</a>")));
        mvc.perform(get("/nightly-runs").param("page", "1").with(MARKETER))
                .andExpect(content().string(containsString("href=\"/nightly-runs?page=0\">Newer</a>")));
    }

    @Test
    void operatorsWatchTheRunsToo() throws Exception {
        mvc.perform(get("/nightly-runs").with(user("otto").roles("OPERATOR"))).andExpect(status().isOk());
    }

    private long runs() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(NightlyCampaignRunProcess.PROCESS_ID)
                .count();
    }
}
