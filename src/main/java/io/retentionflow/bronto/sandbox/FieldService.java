package io.retentionflow.bronto.sandbox;

import java.util.List;

import io.retentionflow.bronto.soap.FieldObject;
import io.retentionflow.bronto.soap.FieldsFilter;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** readFields. */
@Service
@Profile("sandbox")
@Transactional(readOnly = true)
public class FieldService {

    private final FieldStore fields;

    public FieldService(FieldStore fields) {
        this.fields = fields;
    }

    public List<FieldObject> read(FieldsFilter filter, Page page) {
        SqlFilter sql = filter == null ? SqlFilter.of(null) : SqlFilter.of(filter.getType())
                .ids("f.id", SandboxId.FIELD, filter.getId())
                .strings("f.name", filter.getName(), false);
        return fields.read(sql, page).stream().map(field -> {
            FieldObject object = new FieldObject();
            object.setId(SandboxId.FIELD.format(field.id()));
            object.setName(field.name());
            object.setLabel(field.label());
            object.setType(field.fieldType());
            object.setVisibility(field.visibility());
            return object;
        }).toList();
    }
}
