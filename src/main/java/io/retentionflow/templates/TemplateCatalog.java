package io.retentionflow.templates;

import io.retentionflow.bronto.BrontoMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * The Optimove folder's templates with their subjects, for the Templates page, read from Bronto at
 * most once a minute per node: the page is opened and saved from often, and each read carries every
 * template's content. "Reload from Bronto" drops the copy at once. Campaign plans and runs do not use
 * this copy; they ask Bronto each time, so a template moved out of the folder is refused at once.
 */
@Service
public class TemplateCatalog {

    static final Duration FRESH_FOR = Duration.ofSeconds(60);

    private final OptimoveTemplates templates;
    private final Clock clock;
    private final AtomicReference<Snapshot> cached = new AtomicReference<>();

    private record Snapshot(Instant readAt, List<BrontoMessage> templates) {}

    public TemplateCatalog(OptimoveTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    public List<BrontoMessage> templates() {
        Snapshot snapshot = cached.get();
        Instant now = clock.instant();
        if (snapshot == null || !now.isBefore(snapshot.readAt().plus(FRESH_FOR))) {
            snapshot = new Snapshot(now, List.copyOf(templates.listWithContent()));
            cached.set(snapshot);
        }
        return snapshot.templates();
    }

    /** A template of the folder; one missing from the copy is looked up afresh, as it may be new. */
    public Optional<BrontoMessage> find(String id) {
        Optional<BrontoMessage> found = byId(templates(), id);
        if (found.isPresent()) {
            return found;
        }
        reload();
        return byId(templates(), id);
    }

    public void reload() {
        cached.set(null);
    }

    private static Optional<BrontoMessage> byId(List<BrontoMessage> messages, String id) {
        return messages.stream().filter(message -> message.id().equals(id)).findFirst();
    }
}
