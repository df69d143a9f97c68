package io.retentionflow.targeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/discovery}: the stage × value tier grid, and a target group from one of its cells. */
@RestController
@RequestMapping("/api/discovery")
class DiscoveryController {

    private final DiscoveryService discovery;
    private final ObjectMapper json;

    DiscoveryController(DiscoveryService discovery, ObjectMapper json) {
        this.discovery = discovery;
        this.json = json;
    }

    record Grid(List<String> stages, List<String> valueTiers, List<DiscoveryCell> cells) {}

    @GetMapping
    Grid grid() {
        return new Grid(Segments.STAGES, Segments.VALUE_TIERS, discovery.cells());
    }

    @PostMapping("/target-groups")
    ResponseEntity<TargetGroupView> groupForCell(@RequestParam String stage, @RequestParam String valueTier) {
        TargetGroup group = discovery.groupForCell(stage, valueTier);
        return ResponseEntity.ok().location(URI.create("/api/target-groups/" + group.id()))
                .body(TargetGroupView.of(group, json));
    }
}
