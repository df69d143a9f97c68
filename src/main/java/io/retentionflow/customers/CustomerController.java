package io.retentionflow.customers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers as JSON. */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final CustomerDirectory customers;

    CustomerController(CustomerDirectory customers) {
        this.customers = customers;
    }

    @GetMapping
    ResultPage<CustomerSummary> search(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PageParameters paging = new PageParameters(page, size);
        return customers.search(q, paging.page(), paging.size());
    }

    @GetMapping("/{id}")
    CustomerDetails customer(@PathVariable String id) {
        return customers.details(id);
    }
}
