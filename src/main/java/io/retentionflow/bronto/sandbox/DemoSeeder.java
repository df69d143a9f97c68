package io.retentionflow.bronto.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a new sandbox with what a first-time user needs: the Optimove folder of retention templates, a Transactional
 * folder the product must not offer, and the demo customer base as contacts. About 4 % of customers are deliberately
 * left out (customer_id divisible by 25), for the first contact sync to add, and a few are unsubscribed or bounced, so
 * a campaign shows that an address Bronto may not mail receives nothing. Runs once per database, under the account row lock, so
 * nodes starting together seed it once: the second waits for the first, then finds it done.
 * <p>
 * Seeds when every singleton exists but before the context's lifecycle starts the web server, so no SOAP call can
 * see a half-seeded sandbox or queue behind the account lock the seeding holds (an ApplicationRunner would run
 * after the server is up).
 */
@Component
@Profile("sandbox")
@DependsOn("sandboxSchemaMigration")
public class DemoSeeder implements SmartInitializingSingleton {

    static final String OPTIMOVE_FOLDER = "Optimove";
    static final String TRANSACTIONAL_FOLDER = "Transactional";
    static final int LEFT_OUT_EVERY = 25;
    static final int UNSUBSCRIBED_EVERY = 97;
    static final int BOUNCED_EVERY = 89;

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private record Template(String folder, String name, String subject, String file) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template(OPTIMOVE_FOLDER, "Win-back 20% off", "%%firstname%%, here is 20% off to welcome you back", "win-back"),
            new Template(OPTIMOVE_FOLDER, "We miss you", "We miss you, %%firstname%%", "we-miss-you"),
            new Template(OPTIMOVE_FOLDER, "VIP thank you", "A thank-you for our best customers", "vip-thank-you"),
            new Template(TRANSACTIONAL_FOLDER, "Order confirmation", "Your order is confirmed", "order-confirmation"),
            new Template(TRANSACTIONAL_FOLDER, "Password reset", "Reset your password", "password-reset"));

    private final SandboxProperties properties;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final MessageStore messages;
    private final FieldStore fields;
    private final TransactionTemplate transaction;
    private final Resource customers = new ClassPathResource("demo/customers.csv");

    public DemoSeeder(SandboxProperties properties, JdbcClient jdbc, JdbcTemplate jdbcTemplate, MessageStore messages,
            FieldStore fields, TransactionTemplate transaction) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.messages = messages;
        this.fields = fields;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        seed();
    }

    /** Idempotent: a database already seeded is left as it is. */
    void seed() {
        if (properties.seedDemo()) {
            transaction.executeWithoutResult(status -> seedOnce());
        }
    }

    private void seedOnce() {
        boolean seeded = jdbc.sql("select demo_seeded from sandbox_account where id = 1 for update").query(Boolean.class).single();
        if (seeded) {
            return;
        }
        TEMPLATES.forEach(this::addTemplate);
        int contacts = addCustomers();
        jdbc.sql("update sandbox_account set demo_seeded = true where id = 1").update();
        log.info("Bronto sandbox seeded: {} templates, {} contacts", TEMPLATES.size(), contacts);
    }

    private void addTemplate(Template template) {
        long folderId = messages.findFolderId(template.folder()).orElseGet(() -> messages.addFolder(template.folder()));
        messages.addMessage(folderId, template.name(), template.subject(), read("sandbox/templates/" + template.file() + ".html"),
                read("sandbox/templates/" + template.file() + ".txt"));
    }

    private int addCustomers() {
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(customers.getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] column = line.split(",", -1);
                long customerId = Long.parseLong(column[0].trim());
                String email = ContactService.normalise(column[1]);
                if (email.isEmpty() || customerId % LEFT_OUT_EVERY == 0) {
                    continue;
                }
                OffsetDateTime signup = LocalDate.parse(column[4].trim()).atStartOfDay().atOffset(ZoneOffset.UTC);
                contacts.add(new Object[] {email, statusOf(customerId).wireName(), signup, signup});
                names.add(new Object[] {column[2].trim(), column[3].trim(), email});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbcTemplate.batchUpdate("""
                insert into sandbox_contact (email, status, msg_pref, source, created_at, modified_at)
                values (?, ?, 'html', 'import', ?, ?)""", contacts);
        addFieldValues(fields.idOf("firstname"), names.stream().map(name -> new Object[] {name[0], name[2]}).toList());
        addFieldValues(fields.idOf("lastname"), names.stream().map(name -> new Object[] {name[1], name[2]}).toList());
        return contacts.size();
    }

    /** @param values pairs of content and email */
    private void addFieldValues(long fieldId, List<Object[]> values) {
        jdbcTemplate.batchUpdate("""
                insert into sandbox_contact_field (contact_id, field_id, content)
                select c.id, %d, cast(? as varchar(4000)) from sandbox_contact c where c.email = ?""".formatted(fieldId), values);
    }

    private static ContactStatus statusOf(long customerId) {
        if (customerId % UNSUBSCRIBED_EVERY == 0) {
            return ContactStatus.UNSUB;
        }
        return customerId % BOUNCED_EVERY == 0 ? ContactStatus.BOUNCE : ContactStatus.ACTIVE;
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
