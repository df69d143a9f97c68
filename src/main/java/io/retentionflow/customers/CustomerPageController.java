package io.retentionflow.customers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customers page: a searchable, paged table. */
@Controller
class CustomerPageController {

    static final int PAGE_SIZE = 50;

    private final CustomerDirectory customers;

    CustomerPageController(CustomerDirectory customers) {
        this.customers = customers;
    }

    @GetMapping("/customers")
    String customers(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("customers", customers.search(q, ResultPage.requested(page), PAGE_SIZE));
        return "customers";
    }
}
