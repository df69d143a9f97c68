package io.retentionflow.process;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/contact-sync}: a contact sync now, as the nightly run does one; 409 while one runs. */
@RestController
@RequestMapping("/api/contact-sync")
class ContactSyncController {

    private final ContactSyncStarter starter;

    ContactSyncController(ContactSyncStarter starter) {
        this.starter = starter;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    ContactSyncStarter.StartedSync sync() {
        return starter.start();
    }
}
