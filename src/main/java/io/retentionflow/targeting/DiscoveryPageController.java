package io.retentionflow.targeting;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The discovery page: the grid, each cell one click from a target group. */
@Controller
class DiscoveryPageController {

    private final DiscoveryService discovery;

    DiscoveryPageController(DiscoveryService discovery) {
        this.discovery = discovery;
    }

    @GetMapping("/discovery")
    String grid(Model model) {
        model.addAttribute("cells", discovery.cells());
        return "targeting/discovery";
    }

    @PostMapping("/discovery/target-groups")
    String groupForCell(@RequestParam String stage, @RequestParam String valueTier) {
        return "redirect:/target-groups/" + discovery.groupForCell(stage, valueTier).id();
    }
}
