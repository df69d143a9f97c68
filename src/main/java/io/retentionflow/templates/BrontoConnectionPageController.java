package io.retentionflow.templates;

import io.retentionflow.bronto.BrontoProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The Bronto connection page, for admins: the endpoint, whether a token is set (never the token), how to set it,
 * and a check of the connection on demand.
 */
@Controller
@RequestMapping("/bronto-connection")
class BrontoConnectionPageController {

    private final BrontoProperties properties;
    private final BrontoConnectionCheck check;

    BrontoConnectionPageController(BrontoProperties properties, BrontoConnectionCheck check) {
        this.properties = properties;
        this.check = check;
    }

    @GetMapping
    String connection(Model model) {
        model.addAttribute("endpoint", properties.endpoint());
        model.addAttribute("tokenSet", properties.hasApiToken());
        return "templates/bronto-connection";
    }

    @PostMapping("/test")
    String test(Model model) {
        model.addAttribute("result", check.check());
        return connection(model);
    }
}
