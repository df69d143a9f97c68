package io.retentionflow.targeting;

import io.retentionflow.system.InvalidRequestException;
import io.retentionflow.system.NotFoundException;
import io.retentionflow.system.PlainText;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Target groups: saved only with a valid rule, previewed, and compiled for whoever selects their members. */
@Service
public class TargetGroupService {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;

    private final TargetGroupRepository repository;
    private final RuleParser parser;
    private final RuleCompiler compiler;
    private final TargetGroupPreviewQuery previewQuery;

    public TargetGroupService(TargetGroupRepository repository, RuleParser parser, RuleCompiler compiler,
            TargetGroupPreviewQuery previewQuery) {
        this.repository = repository;
        this.parser = parser;
        this.compiler = compiler;
        this.previewQuery = previewQuery;
    }

    public List<TargetGroup> list() {
        return repository.findAll();
    }

    public TargetGroup get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("no target group " + id));
    }

    @Transactional
    public TargetGroup create(TargetGroupDraft draft) {
        TargetGroupDraft checked = check(draft, null);
        try {
            long id = repository.insert(checked.name(), checked.description(), checked.ruleJson(), now());
            return get(id);
        } catch (DuplicateKeyException e) {
            throw nameTaken(checked.name());
        }
    }

    @Transactional
    public TargetGroup update(long id, TargetGroupDraft draft) {
        get(id);
        TargetGroupDraft checked = check(draft, id);
        try {
            repository.update(id, checked.name(), checked.description(), checked.ruleJson(), now());
        } catch (DuplicateKeyException e) {
            throw nameTaken(checked.name());
        }
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        get(id);
        try {
            repository.delete(id);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidRequestException("id", "target group " + id + " is used by a campaign plan; delete or change the plan first");
        }
    }

    /** The group of this name, or a new one with this rule: what a click on a discovery cell wants. */
    @Transactional
    public TargetGroup findOrCreate(String name, String description, String ruleJson) {
        return repository.findByName(name).orElseGet(() -> create(new TargetGroupDraft(name, description, ruleJson)));
    }

    public TargetGroupPreview preview(long id) {
        return previewQuery.preview(memberCondition(id));
    }

    /** A preview of a rule not saved yet. */
    public TargetGroupPreview preview(String ruleJson) {
        return previewQuery.preview(compiler.compile(parser.parse(ruleJson)));
    }

    /** The SQL condition over {@link TargetGroupSql#MEMBERS} that selects the group's members today. */
    public SqlCondition memberCondition(long id) {
        return compiler.compile(parser.parse(get(id).ruleJson()));
    }

    private TargetGroupDraft check(TargetGroupDraft draft, Long id) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        String description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        if (name.isEmpty()) {
            errors.put("name", "name: give the group a name");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "name: at most " + MAX_NAME + " characters");
        } else if (!PlainText.isOneLine(name)) {
            errors.put("name", "name: one line, without control characters");
        } else if (repository.findByName(name).filter(other -> id == null || other.id() != id).isPresent()) {
            errors.put("name", "name: a target group named '" + name + "' exists already");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.put("description", "description: at most " + MAX_DESCRIPTION + " characters");
        } else if (!PlainText.isText(description)) {
            errors.put("description", "description: text without control characters");
        }
        try {
            parser.parse(draft.ruleJson());
        } catch (InvalidRequestException e) {
            errors.put("rule", e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidTargetGroupException(errors);
        }
        return new TargetGroupDraft(name, description, parser.normalise(draft.ruleJson()));
    }

    private static InvalidTargetGroupException nameTaken(String name) {
        return new InvalidTargetGroupException(Map.of("name", "name: a target group named '" + name + "' exists already"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
