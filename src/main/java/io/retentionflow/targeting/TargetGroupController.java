package io.retentionflow.targeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/target-groups}: the groups, their rules and their previews. */
@RestController
@RequestMapping("/api/target-groups")
class TargetGroupController {

    private final TargetGroupService service;
    private final ObjectMapper json;

    TargetGroupController(TargetGroupService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GetMapping
    List<TargetGroupView> list() {
        return service.list().stream().map(group -> TargetGroupView.of(group, json)).toList();
    }

    @GetMapping("/{id}")
    TargetGroupView get(@PathVariable long id) {
        return TargetGroupView.of(service.get(id), json);
    }

    @PostMapping
    ResponseEntity<TargetGroupView> create(@RequestBody TargetGroupRequest request) {
        TargetGroup group = service.create(request.toDraft());
        return ResponseEntity.created(URI.create("/api/target-groups/" + group.id())).body(TargetGroupView.of(group, json));
    }

    @PutMapping("/{id}")
    TargetGroupView update(@PathVariable long id, @RequestBody TargetGroupRequest request) {
        return TargetGroupView.of(service.update(id, request.toDraft()), json);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/preview")
    TargetGroupPreview preview(@PathVariable long id) {
        return service.preview(id);
    }

    /** A rule not saved yet: {@code {"rule": {...}}}. */
    @PostMapping("/preview")
    TargetGroupPreview preview(@RequestBody Map<String, JsonNode> body) {
        return service.preview(TargetGroupRequest.ruleText(body.get("rule")));
    }
}
