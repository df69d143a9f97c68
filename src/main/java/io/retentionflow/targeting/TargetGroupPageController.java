package io.retentionflow.targeting;

import io.retentionflow.system.InvalidRequestException;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The target group pages: the list, and one form for creating, editing and previewing a group. */
@Controller
@RequestMapping("/target-groups")
class TargetGroupPageController {

    /** What a new group starts with: an example a marketer edits rather than a blank box. */
    static final String EXAMPLE_RULE = """
            {
              "all": [
                { "field": "stage", "op": "in", "value": ["at_risk", "lapsed"] },
                { "field": "clv", "op": ">=", "value": 100 }
              ]
            }""";

    private final TargetGroupService service;

    TargetGroupPageController(TargetGroupService service) {
        this.service = service;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("groups", service.list());
        return "targeting/target-groups";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, null, new TargetGroupDraft("", "", EXAMPLE_RULE), Map.of());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        TargetGroup group = service.get(id);
        model.addAttribute("preview", service.preview(id));
        return form(model, id, new TargetGroupDraft(group.name(), group.description(), group.ruleJson()), Map.of());
    }

    @PostMapping
    String save(@RequestParam(required = false) Long id, @ModelAttribute TargetGroupDraft draft, Model model) {
        try {
            TargetGroup saved = id == null ? service.create(draft) : service.update(id, draft);
            return "redirect:/target-groups/" + saved.id() + "?saved";
        } catch (InvalidTargetGroupException e) {
            return form(model, id, draft, e.errors());
        }
    }

    /** The preview button: shows who the rule in the form selects, without saving it. */
    @PostMapping("/preview")
    String preview(@RequestParam(required = false) Long id, @ModelAttribute TargetGroupDraft draft, Model model) {
        try {
            model.addAttribute("preview", service.preview(draft.ruleJson()));
            return form(model, id, draft, Map.of());
        } catch (InvalidRequestException e) {
            return form(model, id, draft, Map.of("rule", e.getMessage()));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Model model) {
        try {
            service.delete(id);
            return "redirect:/target-groups?deleted";
        } catch (InvalidRequestException e) {
            model.addAttribute("groups", service.list());
            model.addAttribute("problem", e.getMessage());
            return "targeting/target-groups";
        }
    }

    private static String form(Model model, Long id, TargetGroupDraft draft, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", RuleFields.all());
        return "targeting/target-group-form";
    }
}
