package io.retentionflow.bronto.sandbox;

import java.util.List;
import java.util.Map;

import io.retentionflow.bronto.soap.MessageContentObject;
import io.retentionflow.bronto.soap.MessageFilter;
import io.retentionflow.bronto.soap.MessageFolderFilter;
import io.retentionflow.bronto.soap.MessageFolderObject;
import io.retentionflow.bronto.soap.MessageObject;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** readMessageFolders and readMessages. Messages are always {@code active}: the sandbox has no message editing. */
@Service
@Profile("sandbox")
@Transactional(readOnly = true)
public class MessageService {

    static final String ACTIVE = "active";

    private final MessageStore messages;

    public MessageService(MessageStore messages) {
        this.messages = messages;
    }

    public List<MessageFolderObject> readFolders(MessageFolderFilter filter, Page page) {
        SqlFilter sql = filter == null ? SqlFilter.of(null) : SqlFilter.of(filter.getType())
                .ids("f.id", SandboxId.FOLDER, filter.getId())
                .strings("f.name", filter.getName(), false)
                .ids("f.parent_id", SandboxId.FOLDER, filter.getParentId());
        return messages.readFolders(sql, page).stream().map(MessageService::toFolderObject).toList();
    }

    public List<MessageObject> readMessages(MessageFilter filter, boolean includeContent, Page page) {
        SqlFilter sql = filter == null ? SqlFilter.of(null) : SqlFilter.of(filter.getType())
                .ids("m.id", SandboxId.MESSAGE, filter.getId())
                .strings("m.name", filter.getName(), false)
                .ids("m.folder_id", SandboxId.FOLDER, filter.getMessageFolderId());
        if (filter != null && filter.getStatus().stream().anyMatch(status -> status != null && !ACTIVE.equals(status))) {
            sql.clause("1 = 0", Map.of());
        }
        return messages.readMessages(sql, page).stream().map(message -> toMessageObject(message, includeContent)).toList();
    }

    static List<MessageContentObject> contentOf(MessageStore.Message message) {
        return List.of(content("html", message.subject(), message.htmlContent()),
                content("text", message.subject(), message.textContent()));
    }

    private static MessageContentObject content(String type, String subject, String body) {
        MessageContentObject content = new MessageContentObject();
        content.setType(type);
        content.setSubject(subject);
        content.setContent(body);
        return content;
    }

    private static MessageFolderObject toFolderObject(MessageStore.Folder folder) {
        MessageFolderObject object = new MessageFolderObject();
        object.setId(SandboxId.FOLDER.format(folder.id()));
        object.setName(folder.name());
        if (folder.parentId() != null) {
            object.setParentId(SandboxId.FOLDER.format(folder.parentId()));
            object.setParentName(folder.parentName());
        }
        return object;
    }

    private static MessageObject toMessageObject(MessageStore.Message message, boolean includeContent) {
        MessageObject object = new MessageObject();
        object.setId(SandboxId.MESSAGE.format(message.id()));
        object.setName(message.name());
        object.setStatus(ACTIVE);
        object.setMessageFolderId(SandboxId.FOLDER.format(message.folderId()));
        if (includeContent) {
            object.getContent().addAll(contentOf(message));
        }
        return object;
    }
}
