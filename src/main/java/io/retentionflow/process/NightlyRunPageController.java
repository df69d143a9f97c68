package io.retentionflow.process;

import io.retentionflow.customers.ResultPage;
import io.retentionflow.modeling.ModelFitStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The nightly runs page: the runs with their progress and what each started, and a run now for today, for a
 * campaign planned for today after the night's run (a run starts each campaign once, so a second does no harm).
 * Today only: a run for another day would refit the customer model as of that day's eve, which every campaign
 * then targets with; operators who need that have {@code /api/nightly-run}.
 */
@Controller
@RequestMapping("/nightly-runs")
class NightlyRunPageController {

    static final int PAGE_SIZE = 20;

    private final NightlyRuns runs;
    private final NightlyRunHistory history;
    private final RunDates runDates;
    private final ModelFitStore models;

    NightlyRunPageController(NightlyRuns runs, NightlyRunHistory history, RunDates runDates, ModelFitStore models) {
        this.runs = runs;
        this.history = history;
        this.runDates = runDates;
        this.models = models;
    }

    @GetMapping
    String runs(@RequestParam(defaultValue = "0") int page, Model model) {
        var recent = history.recent(ResultPage.requested(page), PAGE_SIZE);
        model.addAttribute("runs", recent);
        model.addAttribute("today", runDates.today());
        // the outcome of the runs' model refresh: the model the campaigns target with now
        model.addAttribute("customerModel", models.latest().orElse(null));
        // follow a run that is going; one stuck on an incident waits for an operator, not for this page
        if (recent.items().stream().anyMatch(run -> run.running() && run.incidents() == 0)) {
            model.addAttribute("refreshSeconds", 3);
        }
        return "process/nightly-runs";
    }

    @PostMapping
    String runToday(RedirectAttributes redirect) {
        NightlyRuns.StartedRun run = runs.runFor(runDates.today());
        redirect.addFlashAttribute("notice", "The run for " + run.runDate() + " has started; this page follows it.");
        return "redirect:/nightly-runs";
    }
}
