package io.retentionflow.bronto.sandbox;

import io.retentionflow.customers.ResultPage;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the sandbox's Bronto account holds, as a marketer would look it up in Bronto: its clock and its mail lists
 * with how many contacts are on each, so the lists a campaign made, and their removal by the cleanup, can be seen.
 * Read-only.
 */
@Controller
@Profile("sandbox")
class SandboxPageController {

    static final int PAGE_SIZE = 20;

    private final SandboxClock clock;
    private final ListStore lists;

    SandboxPageController(SandboxClock clock, ListStore lists) {
        this.clock = clock;
        this.lists = lists;
    }

    @GetMapping("/bronto-sandbox")
    String account(@RequestParam(defaultValue = "0") int page, Model model) {
        int first = ResultPage.requested(page);
        model.addAttribute("now", clock.now());
        model.addAttribute("offset", clock.offset());
        model.addAttribute("lists", new ResultPage<>(lists.newest(first * PAGE_SIZE, PAGE_SIZE), first, PAGE_SIZE,
                lists.count()));
        return "sandbox/account";
    }
}
