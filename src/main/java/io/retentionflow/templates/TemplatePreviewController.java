package io.retentionflow.templates;

import io.retentionflow.bronto.BrontoMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Shows a template of the Optimove folder as Bronto holds it, for the preview link beside the drop-down. */
@Controller
class TemplatePreviewController {

    private final OptimoveTemplates templates;

    TemplatePreviewController(OptimoveTemplates templates) {
        this.templates = templates;
    }

    /**
     * The template's HTML, served from this origin, so it is sandboxed: the browser runs none of
     * its scripts and treats it as a foreign origin, whoever wrote it in Bronto.
     */
    @GetMapping("/campaigns/templates/{id}/preview")
    ResponseEntity<String> preview(@PathVariable String id) {
        return templates.withContent(id).map(TemplatePreviewController::page)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("No template " + id + " in Bronto's Optimove folder."));
    }

    private static ResponseEntity<String> page(BrontoMessage message) {
        boolean html = message.html() != null && !message.html().isBlank();
        return ResponseEntity.ok()
                .header("Content-Security-Policy", "sandbox")
                .contentType(html ? new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)
                        : new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(html ? message.html() : message.text());
    }
}
