package io.retentionflow.templates;

import io.retentionflow.bronto.BrontoException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/templates}: the Optimove folder's templates with their effective senders, and their defaults. */
@RestController
@RequestMapping("/api/templates")
class TemplateController {

    private final TemplateSenders senders;

    TemplateController(TemplateSenders senders) {
        this.senders = senders;
    }

    @GetMapping
    List<TemplateView> list() {
        return senders.list();
    }

    @PutMapping("/{id}/sender")
    SourcedSender saveForTemplate(@PathVariable String id, @RequestBody Sender sender) {
        return senders.saveForTemplate(id, sender);
    }

    @PutMapping("/sender")
    SourcedSender saveGlobal(@RequestBody Sender sender) {
        return senders.saveGlobal(sender);
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
