package io.retentionflow.bronto.sandbox;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.retentionflow.bronto.soap.MailListFilter;
import io.retentionflow.bronto.soap.MailListObject;
import io.retentionflow.bronto.soap.WriteResult;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** addLists, readLists, deleteLists and clearLists. */
@Service
@Profile("sandbox")
public class ListService {

    /** The widths of sandbox_list.name and sandbox_list.label. */
    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_LABEL_LENGTH = 255;
    private static final String ACTIVE = "active";
    private static final Set<String> VISIBILITIES = Set.of("public", "private");
    private static final String DEFAULT_VISIBILITY = "private";

    private final ListStore lists;

    public ListService(ListStore lists) {
        this.lists = lists;
    }

    /**
     * A name already taken, by an existing list or earlier in the same call, is 502: a re-run creates nothing twice.
     * Every value is checked against its column first, so a bad one is that list's error, not a failed call.
     */
    @Transactional
    public WriteResult add(List<MailListObject> input) {
        WriteResultBuilder result = new WriteResultBuilder();
        Set<String> namesInCall = new HashSet<>();
        for (MailListObject list : input) {
            String name = list.getName() == null ? "" : list.getName().trim();
            if (name.isEmpty() || list.getVisibility() != null && !VISIBILITIES.contains(list.getVisibility())) {
                result.error(FaultCode.INVALID_LIST);
            } else if (name.length() > MAX_NAME_LENGTH) {
                result.error(FaultCode.NAME_LENGTH_EXCEEDED);
            } else if (list.getLabel() != null && list.getLabel().length() > MAX_LABEL_LENGTH) {
                result.error(FaultCode.LABEL_LENGTH_EXCEEDED);
            } else if (!namesInCall.add(name)) {
                result.error(FaultCode.LIST_ALREADY_EXISTS);
            } else {
                Optional<Long> existing = lists.findIdByName(name);
                if (existing.isPresent()) {
                    result.error(SandboxId.LIST.format(existing.get()), FaultCode.LIST_ALREADY_EXISTS);
                } else {
                    String label = list.getLabel() == null || list.getLabel().isBlank() ? name : list.getLabel();
                    String visibility = list.getVisibility() == null ? DEFAULT_VISIBILITY : list.getVisibility();
                    result.success(SandboxId.LIST.format(lists.add(name, label, visibility)), true);
                }
            }
        }
        return result.build();
    }

    @Transactional(readOnly = true)
    public List<MailListObject> read(MailListFilter filter, Page page) {
        SqlFilter sql = filter == null ? SqlFilter.of(null) : SqlFilter.of(filter.getType())
                .ids("l.id", SandboxId.LIST, filter.getId())
                .strings("l.name", filter.getName(), false);
        return lists.read(sql, page).stream().map(list -> {
            MailListObject object = new MailListObject();
            object.setId(SandboxId.LIST.format(list.id()));
            object.setName(list.name());
            object.setLabel(list.label());
            object.setActiveCount(list.activeCount());
            object.setStatus(ACTIVE);
            object.setVisibility(list.visibility());
            return object;
        }).toList();
    }

    @Transactional
    public WriteResult delete(List<MailListObject> input) {
        WriteResultBuilder result = new WriteResultBuilder();
        for (MailListObject list : input) {
            Optional<Long> id = resolve(list);
            if (id.isPresent() && lists.delete(id.get())) {
                result.success(SandboxId.LIST.format(id.get()), false);
            } else {
                result.error(list.getId(), FaultCode.LIST_NOT_FOUND);
            }
        }
        return result.build();
    }

    @Transactional
    public WriteResult clear(List<MailListObject> input) {
        WriteResultBuilder result = new WriteResultBuilder();
        for (MailListObject list : input) {
            Optional<Long> id = resolve(list);
            if (id.isPresent()) {
                lists.clear(id.get());
                result.success(SandboxId.LIST.format(id.get()), false);
            } else {
                result.error(list.getId(), FaultCode.LIST_NOT_FOUND);
            }
        }
        return result.build();
    }

    /** By id as Bronto wants it, or by name when no id is given. */
    Optional<Long> resolve(MailListObject list) {
        if (list == null) {
            return Optional.empty();
        }
        if (list.getId() != null) {
            return SandboxId.LIST.parse(list.getId()).flatMap(lists::findId);
        }
        return list.getName() == null ? Optional.empty() : lists.findIdByName(list.getName().trim());
    }
}
