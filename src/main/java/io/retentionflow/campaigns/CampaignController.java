package io.retentionflow.campaigns;

import io.retentionflow.bronto.BrontoException;
import io.retentionflow.templates.OptimoveTemplates;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/campaigns}: campaign plans, the templates they may use, and the campaigns due on a date. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final CampaignPlanService service;
    private final OptimoveTemplates templates;

    CampaignController(CampaignPlanService service, OptimoveTemplates templates) {
        this.service = service;
        this.templates = templates;
    }

    @GetMapping
    List<CampaignPlan> list() {
        return service.list();
    }

    @GetMapping("/{id}")
    CampaignPlan get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<CampaignPlan> create(@RequestBody CampaignPlanRequest request) {
        CampaignPlan plan = service.create(request);
        return ResponseEntity.created(URI.create("/api/campaigns/" + plan.id())).body(plan);
    }

    @PutMapping("/{id}")
    CampaignPlan update(@PathVariable long id, @RequestBody CampaignPlanRequest request) {
        return service.update(id, request);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/pause")
    CampaignPlan pause(@PathVariable long id) {
        return service.setActive(id, false);
    }

    @PostMapping("/{id}/resume")
    CampaignPlan resume(@PathVariable long id) {
        return service.setActive(id, true);
    }

    /** What the nightly run asks: the campaigns to send on a date. */
    @GetMapping("/due")
    List<DueCampaign> due(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return service.dueOn(date);
    }

    @GetMapping("/templates")
    List<TemplateOption> templates() {
        return templates.list().stream().map(TemplateOption::of).toList();
    }

    /** Bronto down or refusing: the request was fine, try again later. */
    @ExceptionHandler(BrontoException.class)
    ProblemDetail brontoUnavailable(BrontoException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Bronto could not list the templates: " + e.getMessage());
        problem.setTitle("Bronto unavailable");
        return problem;
    }
}
