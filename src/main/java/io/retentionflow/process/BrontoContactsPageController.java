package io.retentionflow.process;

import io.retentionflow.contacts.BrontoReach;
import io.retentionflow.contacts.ContactSyncHistory;
import io.retentionflow.contacts.ContactSyncProperties;
import io.retentionflow.contacts.MissingFromBronto;
import io.retentionflow.customers.ResultPage;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Bronto contacts page: how many customers Bronto can mail, who it cannot and why, the recent contact syncs,
 * and a sync now (after a late import, say, before a campaign planned for today).
 */
@Controller
@RequestMapping("/bronto-contacts")
class BrontoContactsPageController {

    static final int PAGE_SIZE = 50;
    static final int SYNCS_SHOWN = 10;

    private final MissingFromBronto missing;
    private final ContactSyncHistory history;
    private final ContactSyncStarter starter;
    private final ContactSyncProperties properties;

    BrontoContactsPageController(MissingFromBronto missing, ContactSyncHistory history, ContactSyncStarter starter,
            ContactSyncProperties properties) {
        this.missing = missing;
        this.history = history;
        this.starter = starter;
        this.properties = properties;
    }

    @GetMapping
    String contacts(@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "0") int page,
            Model model) {
        // "in Bronto" is no reason to be missing: like an unknown reason, it shows every reason
        Optional<BrontoReach> chosen = BrontoReach.ofCode(reason).filter(reach -> reach != BrontoReach.RECEIVABLE);
        model.addAttribute("summary", missing.summary());
        model.addAttribute("reasons", Arrays.stream(BrontoReach.values()).filter(reach -> reach != BrontoReach.RECEIVABLE).toList());
        model.addAttribute("reason", chosen.map(BrontoReach::code).orElse(""));
        model.addAttribute("customers", missing.page(chosen, ResultPage.requested(page), PAGE_SIZE));
        model.addAttribute("syncs", history.recent(0, SYNCS_SHOWN));
        Set<String> running = starter.running();
        model.addAttribute("running", running);
        model.addAttribute("syncEnabled", properties.enabled());
        if (!running.isEmpty()) {
            model.addAttribute("refreshSeconds", 3);
        }
        return "process/bronto-contacts";
    }

    @PostMapping
    String syncNow(RedirectAttributes redirect) {
        try {
            starter.start();
            redirect.addFlashAttribute("notice", "The contact sync has started; this page follows it.");
        } catch (ResponseStatusException e) {
            redirect.addFlashAttribute("notice", e.getReason());
        }
        return "redirect:/bronto-contacts";
    }
}
