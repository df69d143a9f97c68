package io.retentionflow.templates;

import io.retentionflow.bronto.BrontoException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The Templates page: the Optimove folder's templates with their effective senders, one form per
 * template and one for the global default. A refused form comes back with its messages next to
 * its fields and the values as typed.
 */
@Controller
@RequestMapping("/templates")
class TemplatePageController {

    private final TemplateSenders senders;

    TemplatePageController(TemplateSenders senders) {
        this.senders = senders;
    }

    @GetMapping
    String page(Model model) {
        return page(model, null, null, Map.of());
    }

    @PostMapping("/sender")
    String saveGlobal(@ModelAttribute Sender sender, Model model) {
        try {
            senders.saveGlobal(sender);
            return "redirect:/templates?saved=global";
        } catch (InvalidSenderException e) {
            return page(model, SenderDefaultRepository.GLOBAL, sender, e.errors());
        }
    }

    @PostMapping("/{id}/sender")
    String saveForTemplate(@PathVariable String id, @ModelAttribute Sender sender, Model model) {
        try {
            senders.saveForTemplate(id, sender);
            return "redirect:/templates?saved=template";
        } catch (InvalidSenderException e) {
            return page(model, id, sender, e.errors());
        }
    }

    @PostMapping("/reload")
    String reload() {
        senders.reload();
        return "redirect:/templates?reloaded";
    }

    /** @param errorScope the form that was refused ('global' or a template id), null when none was */
    private String page(Model model, String errorScope, Sender submitted, Map<String, String> errors) {
        model.addAttribute("global", senders.global());
        model.addAttribute("storedGlobal", senders.storedGlobal());
        model.addAttribute("settings", senders.settings());
        model.addAttribute("errorScope", errorScope);
        model.addAttribute("submitted", submitted);
        model.addAttribute("errors", errors);
        try {
            model.addAttribute("templates", senders.list());
        } catch (BrontoException e) {
            model.addAttribute("templates", List.of());
            model.addAttribute("templatesProblem", "Bronto could not list the templates: " + e.getMessage());
        }
        return "templates/templates";
    }
}
