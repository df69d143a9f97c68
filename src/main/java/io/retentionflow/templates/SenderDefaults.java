package io.retentionflow.templates;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a sender is decided ({@link SenderPrecedence}), and the defaults per template and
 * global that marketers set on the Templates page.
 */
@Service
public class SenderDefaults {

    private final SenderDefaultRepository store;
    private final SenderProperties settings;

    public SenderDefaults(SenderDefaultRepository store, SenderProperties settings) {
        this.store = store;
        this.settings = settings;
    }

    /**
     * The sender of a delivery of this template.
     *
     * @param templateId the template; null when none is chosen yet (its level is skipped)
     * @param override   the campaign plan's own fields, null ones inherit
     */
    public Sender senderFor(String templateId, Sender override) {
        return resolve(templateId, override).sender();
    }

    public SourcedSender resolve(String templateId, Sender override) {
        Sender template = templateId == null ? Sender.NONE : store.find(templateId).orElse(Sender.NONE);
        return SenderPrecedence.resolve(override, template, store.find(SenderDefaultRepository.GLOBAL).orElse(Sender.NONE),
                settings.asSender());
    }

    /** The effective defaults of each template at once, from one read of the store. */
    Map<String, SourcedSender> resolveAll(Iterable<String> templateIds) {
        Map<String, Sender> stored = store.findAll();
        Sender global = stored.getOrDefault(SenderDefaultRepository.GLOBAL, Sender.NONE);
        Map<String, SourcedSender> resolved = new LinkedHashMap<>();
        for (String id : templateIds) {
            resolved.put(id, SenderPrecedence.resolve(Sender.NONE, stored.getOrDefault(id, Sender.NONE), global,
                    settings.asSender()));
        }
        return resolved;
    }

    /** What is stored for a scope, nulls where it inherits. */
    public Sender stored(String scope) {
        return store.find(scope).orElse(Sender.NONE);
    }

    public Sender settings() {
        return settings.asSender();
    }

    /**
     * Checks and stores the defaults of a scope ({@link SenderDefaultRepository#GLOBAL} or a template
     * id the caller has checked); blank fields are stored as null and inherit.
     *
     * @throws InvalidSenderException with every problem, nothing stored
     */
    @Transactional
    public void save(String scope, Sender submitted) {
        Map<String, String> errors = new LinkedHashMap<>();
        String fromName = SenderRules.trim(submitted.fromName());
        String nameProblem = SenderRules.nameProblem(fromName);
        if (nameProblem != null) {
            errors.put("fromName", "fromName: " + nameProblem);
        }
        String fromEmail = email(submitted.fromEmail(), "fromEmail", errors);
        String replyTo = email(submitted.replyTo(), "replyTo", errors);
        if (!errors.isEmpty()) {
            throw new InvalidSenderException(errors);
        }
        store.save(scope, new Sender(fromName, fromEmail, replyTo));
    }

    private static String email(String text, String field, Map<String, String> errors) {
        String value = SenderRules.trim(text);
        String problem = SenderRules.emailProblem(value);
        if (problem != null) {
            errors.put(field, field + ": " + problem);
        }
        return value;
    }
}
