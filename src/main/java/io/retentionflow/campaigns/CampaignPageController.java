package io.retentionflow.campaigns;

import io.retentionflow.bronto.BrontoException;
import io.retentionflow.targeting.TargetGroupService;
import io.retentionflow.templates.OptimoveTemplates;
import io.retentionflow.templates.SenderProperties;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The campaign pages: the list with pause and resume, and one form for creating and editing a plan. */
@Controller
@RequestMapping("/campaigns")
class CampaignPageController {

    private static final List<String> TIME_ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    private final CampaignPlanService service;
    private final OptimoveTemplates templates;
    private final TargetGroupService targetGroups;
    private final SenderProperties defaults;

    CampaignPageController(CampaignPlanService service, OptimoveTemplates templates, TargetGroupService targetGroups,
            SenderProperties defaults) {
        this.service = service;
        this.templates = templates;
        this.targetGroups = targetGroups;
        this.defaults = defaults;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("plans", service.list());
        return "campaigns/campaigns";
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) Long targetGroupId, Model model) {
        CampaignPlanRequest empty = new CampaignPlanRequest("", targetGroupId, null, null, null, null, null, "09:00",
                ZoneId.systemDefault().getId(), null, null, List.of(), CampaignPlanValidator.DEFAULT_CONTROL_PERCENT,
                null, null, null, true);
        return form(model, null, empty, Map.of());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return form(model, id, request(service.get(id)), Map.of());
    }

    @PostMapping
    String save(@RequestParam(required = false) Long id, @ModelAttribute CampaignPlanRequest request, Model model) {
        try {
            CampaignPlan saved = id == null ? service.create(request) : service.update(id, request);
            return "redirect:/campaigns?saved=" + saved.id();
        } catch (InvalidCampaignPlanException e) {
            return form(model, id, request, e.errors());
        } catch (BrontoException e) {
            return form(model, id, request, Map.of("templateId", "templateId: Bronto could not list the templates ("
                    + e.getMessage() + "); try again later"));
        }
    }

    @PostMapping("/{id}/pause")
    String pause(@PathVariable long id) {
        service.setActive(id, false);
        return "redirect:/campaigns";
    }

    @PostMapping("/{id}/resume")
    String resume(@PathVariable long id) {
        service.setActive(id, true);
        return "redirect:/campaigns";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id) {
        service.delete(id);
        return "redirect:/campaigns";
    }

    private String form(Model model, Long id, CampaignPlanRequest request, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("plan", request);
        model.addAttribute("errors", errors);
        model.addAttribute("targetGroups", targetGroups.list());
        model.addAttribute("weekdays", List.of(DayOfWeek.values()));
        model.addAttribute("timeZones", TIME_ZONES);
        model.addAttribute("defaults", defaults);
        try {
            model.addAttribute("templates", templates.list().stream().map(TemplateOption::of).toList());
        } catch (BrontoException e) {
            model.addAttribute("templates", List.of());
            model.addAttribute("templatesProblem", "Bronto could not list the templates: " + e.getMessage());
        }
        return "campaigns/campaign-form";
    }

    private static CampaignPlanRequest request(CampaignPlan plan) {
        CampaignSchedule schedule = plan.schedule();
        return new CampaignPlanRequest(plan.name(), plan.targetGroupId(), plan.templateId(), plan.variantTemplateId(),
                plan.splitAPercent(), plan.splitAPercent() == null ? null : 100 - plan.splitAPercent(),
                plan.abTestMetric() == null ? null : plan.abTestMetric().stored(), plan.sendTime().toString(),
                plan.timeZone(), schedule.start().toString(),
                schedule.end().equals(schedule.start()) ? null : schedule.end().toString(),
                schedule.weekdays().stream().sorted().map(day -> day.name().substring(0, 3)).toList(),
                plan.controlPercent(), plan.fromName(), plan.fromEmail(), plan.replyTo(), plan.active());
    }
}
