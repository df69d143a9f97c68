package io.retentionflow.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retentionflow.customers.ResultPage;
import io.retentionflow.system.InvalidRequestException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Campaign Analysis pages: the list of executions, one execution's report, a campaign's runs; and their CSV. */
@Controller
@RequestMapping("/analysis")
class AnalysisPageController {

    private static final int PAGE_SIZE = 20;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CampaignAnalysis analysis;
    private final ObjectMapper json;

    AnalysisPageController(CampaignAnalysis analysis, ObjectMapper json) {
        this.analysis = analysis;
        this.json = json;
    }

    @GetMapping
    String list(@RequestParam(required = false) String campaign, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("campaigns", analysis.campaigns());
        model.addAttribute("campaign", campaign);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            ExecutionFilter filter = ExecutionFilter.parse(campaign, from, to);
            model.addAttribute("executions", analysis.list(filter, ResultPage.requested(page), PAGE_SIZE));
            model.addAttribute("errors", Map.of());
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
        }
        return "analysis/executions";
    }

    @GetMapping("/export.csv")
    ResponseEntity<String> listCsv(@RequestParam(required = false) String campaign,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        StringWriter out = new StringWriter();
        AnalysisCsv.writeOverviews(analysis.all(ExecutionFilter.parse(campaign, from, to)), out);
        return csv("campaign-executions.csv", out);
    }

    @GetMapping("/{id}")
    String execution(@PathVariable long id, Model model) {
        ExecutionAnalysis report = analysis.analyse(id);
        model.addAttribute("analysis", report);
        model.addAttribute("chartData", toJson(report));
        return "analysis/execution";
    }

    @GetMapping("/{id}/export.csv")
    ResponseEntity<String> executionCsv(@PathVariable long id) {
        StringWriter out = new StringWriter();
        AnalysisCsv.writeExecution(analysis.analyse(id), out);
        return csv("campaign-execution-" + id + ".csv", out);
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        CampaignHistory history = analysis.history(id);
        model.addAttribute("history", history);
        model.addAttribute("chartData", toJson(history));
        return "analysis/campaign";
    }

    /** Handed to the charts in a data attribute, which Thymeleaf escapes, so no name can break out into script. */
    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<String> csv(String fileName, StringWriter body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(CSV).body(body.toString());
    }
}
