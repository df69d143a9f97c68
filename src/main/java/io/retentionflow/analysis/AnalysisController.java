package io.retentionflow.analysis;

import io.retentionflow.customers.PageParameters;
import io.retentionflow.customers.ResultPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Campaign results as JSON: the same numbers as the Campaign Analysis pages. */
@RestController
@RequestMapping("/api")
class AnalysisController {

    static final int MAX_PAGE_SIZE = 100;

    private final CampaignAnalysis analysis;

    AnalysisController(CampaignAnalysis analysis) {
        this.analysis = analysis;
    }

    @GetMapping("/executions")
    ResultPage<ExecutionOverview> executions(@RequestParam(required = false) String campaign,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        // each execution of a page is analysed on the spot, so a page is kept short
        PageParameters paging = new PageParameters(page, size, MAX_PAGE_SIZE);
        return analysis.list(ExecutionFilter.parse(campaign, from, to), paging.page(), paging.size());
    }

    @GetMapping("/executions/{id}/analysis")
    ExecutionAnalysis execution(@PathVariable long id) {
        return analysis.analyse(id);
    }

    @GetMapping("/campaigns/{id}/analysis")
    CampaignHistory campaign(@PathVariable long id) {
        return analysis.history(id);
    }
}
