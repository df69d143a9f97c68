package io.retentionflow.templates;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoMessage;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Bronto templates a campaign may send: those in the folder named {@code Optimove}, as the
 * integration agreed with Bronto. A template elsewhere in the account is never offered.
 */
@Component
public class OptimoveTemplates {

    static final String FOLDER = "Optimove";

    private final BrontoGateway bronto;

    public OptimoveTemplates(BrontoGateway bronto) {
        this.bronto = bronto;
    }

    /** Without content: the drop-down needs ids and names only. Empty when the folder does not exist. */
    public List<BrontoMessage> list() {
        return bronto.findMessageFolder(FOLDER).map(folder -> bronto.readMessages(folder.id(), false)).orElse(List.of());
    }

    /** With subjects (and content, which Bronto sends with them): for the Templates page. */
    public List<BrontoMessage> listWithContent() {
        return bronto.findMessageFolder(FOLDER).map(folder -> bronto.readMessages(folder.id(), true)).orElse(List.of());
    }

    /** A template with its subject and content, if it is in the Optimove folder. */
    public Optional<BrontoMessage> withContent(String messageId) {
        Optional<String> folderId = bronto.findMessageFolder(FOLDER).map(folder -> folder.id());
        return folderId.flatMap(id -> bronto.readMessage(messageId).filter(message -> id.equals(message.folderId())));
    }
}
