package io.retentionflow.templates;

import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.system.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** What the Templates page and API show and change: the folder's templates and their sender defaults. */
@Service
public class TemplateSenders {

    private final TemplateCatalog catalog;
    private final SenderDefaults defaults;

    public TemplateSenders(TemplateCatalog catalog, SenderDefaults defaults) {
        this.catalog = catalog;
        this.defaults = defaults;
    }

    public List<TemplateView> list() {
        List<BrontoMessage> templates = catalog.templates();
        Map<String, SourcedSender> effective = defaults.resolveAll(templates.stream().map(BrontoMessage::id).toList());
        return templates.stream().map(template -> new TemplateView(template.id(), template.name(), template.subject(),
                TemplateView.previewUrl(template.id()), defaults.stored(template.id()), effective.get(template.id())))
                .toList();
    }

    /** @throws NotFoundException for an id not in the Optimove folder, which no campaign could send */
    public SourcedSender saveForTemplate(String templateId, Sender submitted) {
        if (catalog.find(templateId).isEmpty()) {
            throw new NotFoundException("no template " + templateId + " in Bronto's Optimove folder");
        }
        defaults.save(templateId, submitted);
        return defaults.resolve(templateId, Sender.NONE);
    }

    public SourcedSender saveGlobal(Sender submitted) {
        defaults.save(SenderDefaultRepository.GLOBAL, submitted);
        return global();
    }

    public SourcedSender global() {
        return defaults.resolve(null, Sender.NONE);
    }

    public Sender storedGlobal() {
        return defaults.stored(SenderDefaultRepository.GLOBAL);
    }

    public Sender settings() {
        return defaults.settings();
    }

    public void reload() {
        catalog.reload();
    }
}
