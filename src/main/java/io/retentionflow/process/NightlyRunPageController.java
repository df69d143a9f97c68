package io.retentionflow.process;

import io.retentionflow.modeling.ModelFitStore;
import io.retentionflow.system.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The nightly runs page: the runs with their progress and what each started, and a button for a run now, for a
 * campaign planned for today after the night's run (a run starts each campaign once, so a second does no harm).
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
        var recent = history.recent(Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("runs", recent);
        // the outcome of the runs' model refresh: the model the campaigns target with now
        model.addAttribute("customerModel", models.latest().orElse(null));
        if (recent.items().stream().anyMatch(NightlyRunHistory.Run::running)) {
            model.addAttribute("refreshSeconds", 3);
        }
        if (!model.containsAttribute("date")) {
            model.addAttribute("date", runDates.today().toString());
        }
        return "process/nightly-runs";
    }

    @PostMapping
    String start(@RequestParam(defaultValue = "") String date, Model model, RedirectAttributes redirect) {
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
            runs.runFor(day);
        } catch (DateTimeParseException | InvalidRequestException e) {
            model.addAttribute("date", date);
            model.addAttribute("dateError", "Give the day as YYYY-MM-DD, a year from 0001 to 9999, such as "
                    + runDates.today() + ".");
            return runs(0, model);
        }
        redirect.addFlashAttribute("notice", "The run for " + day + " has started; this page follows it.");
        return "redirect:/nightly-runs";
    }
}
