package io.retentionflow.bronto.sandbox;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.retentionflow.bronto.soap.ContactField;
import io.retentionflow.bronto.soap.ContactFilter;
import io.retentionflow.bronto.soap.ContactObject;
import io.retentionflow.bronto.soap.WriteResult;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** addContacts, addOrUpdateContacts and readContacts. */
@Service
@Profile("sandbox")
public class ContactService {

    static final int MAX_EMAIL_LENGTH = 100;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String DEFAULT_MSG_PREF = "html";
    private static final String DEFAULT_SOURCE = "api";

    private final ContactStore contacts;
    private final FieldStore fields;
    private final SandboxClock clock;

    public ContactService(ContactStore contacts, FieldStore fields, SandboxClock clock) {
        this.contacts = contacts;
        this.fields = fields;
        this.clock = clock;
    }

    /** Adds new contacts only; one whose email is known is an error (305). */
    @Transactional
    public WriteResult add(List<ContactObject> input) {
        return write(input, false);
    }

    /** Creates or updates by id, else by email; never changes the status of an existing contact. */
    @Transactional
    public WriteResult addOrUpdate(List<ContactObject> input) {
        return write(input, true);
    }

    @Transactional(readOnly = true)
    public List<ContactObject> read(ContactFilter filter, boolean includeLists, List<String> fieldIds, Page page) {
        SqlFilter sql = filter == null ? SqlFilter.of(null) : SqlFilter.of(filter.getType())
                .ids("c.id", SandboxId.CONTACT, filter.getId())
                .strings("c.email", filter.getEmail(), true)
                .values("c.status", filter.getStatus())
                .dates("c.created_at", filter.getCreated())
                .dates("c.modified_at", filter.getModified())
                .matchingIds("c.id in (select m.contact_id from sandbox_list_member m where m.list_id in (:ids))",
                        SandboxId.LIST, filter.getListId());
        List<ContactStore.Contact> found = contacts.read(sql, page);
        List<Long> ids = found.stream().map(ContactStore.Contact::id).toList();
        Map<Long, List<ContactStore.Membership>> lists = includeLists
                ? contacts.memberships(ids).stream().collect(Collectors.groupingBy(ContactStore.Membership::contactId))
                : Map.of();
        List<Long> wantedFields = fieldIds.stream().map(SandboxId.FIELD::parse).flatMap(Optional::stream).toList();
        Map<Long, List<ContactStore.FieldValue>> values = contacts.fieldValues(ids, wantedFields).stream()
                .collect(Collectors.groupingBy(ContactStore.FieldValue::contactId));
        return found.stream()
                .map(contact -> toContactObject(contact, lists.getOrDefault(contact.id(), List.of()),
                        values.getOrDefault(contact.id(), List.of())))
                .toList();
    }

    private WriteResult write(List<ContactObject> input, boolean updateExisting) {
        OffsetDateTime now = clock.now();
        Set<Long> knownFields = fields.ids();
        Map<String, ContactStore.Contact> byEmail = new HashMap<>(contacts.findByEmails(
                input.stream().map(ContactObject::getEmail).filter(Objects::nonNull).map(ContactService::normalise).toList()));
        Map<Long, ContactStore.Contact> byId = contacts.findByIds(
                input.stream().map(ContactObject::getId).map(SandboxId.CONTACT::parse).flatMap(Optional::stream).toList());
        WriteResultBuilder result = new WriteResultBuilder();
        for (ContactObject contact : input) {
            String email = contact.getEmail() == null ? null : normalise(contact.getEmail());
            Optional<FaultCode> invalid = validate(contact, email, knownFields);
            if (invalid.isPresent()) {
                result.error(invalid.get());
                continue;
            }
            ContactStore.Contact existing;
            if (contact.getId() != null) {
                existing = SandboxId.CONTACT.parse(contact.getId()).map(byId::get).orElse(null);
                if (existing == null) {
                    result.error(FaultCode.CONTACT_NOT_FOUND);
                    continue;
                }
            } else {
                existing = byEmail.get(email);
            }
            if (existing == null) {
                FaultCode statusProblem = creatableStatus(contact.getStatus());
                if (statusProblem != FaultCode.OK) {
                    result.error(statusProblem);
                    continue;
                }
                String status = contact.getStatus() == null ? ContactStatus.ONBOARDING.wireName() : contact.getStatus();
                long id = contacts.add(email, status, msgPrefOf(contact, DEFAULT_MSG_PREF),
                        Objects.requireNonNullElse(contact.getSource(), DEFAULT_SOURCE), now);
                storeFields(id, contact.getFields());
                byEmail.put(email, new ContactStore.Contact(id, email, status, DEFAULT_MSG_PREF, DEFAULT_SOURCE, now, now));
                result.success(SandboxId.CONTACT.format(id), true);
            } else if (!updateExisting) {
                result.error(SandboxId.CONTACT.format(existing.id()), FaultCode.CONTACT_EXISTS);
            } else {
                String newEmail = email == null ? existing.email() : email;
                ContactStore.Contact holder = byEmail.get(newEmail);
                if (holder != null && holder.id() != existing.id()) {
                    result.error(SandboxId.CONTACT.format(existing.id()), FaultCode.EMAIL_ON_OTHER_CONTACT);
                    continue;
                }
                contacts.update(existing.id(), newEmail, msgPrefOf(contact, existing.msgPref()), now);
                storeFields(existing.id(), contact.getFields());
                byEmail.put(newEmail, existing);
                result.success(SandboxId.CONTACT.format(existing.id()), false);
            }
        }
        return result.build();
    }

    private static Optional<FaultCode> validate(ContactObject contact, String email, Set<Long> knownFields) {
        if (contact.getId() == null && email == null) {
            return Optional.of(FaultCode.EMAIL_REQUIRED);
        }
        if (email != null && !isValidEmail(email)) {
            return Optional.of(FaultCode.INVALID_EMAIL);
        }
        if (contact.getStatus() != null && ContactStatus.fromWire(contact.getStatus()).isEmpty()) {
            return Optional.of(FaultCode.INVALID_STATUS);
        }
        boolean unknownField = contact.getFields().stream().filter(Objects::nonNull)
                .anyMatch(field -> SandboxId.FIELD.parse(field.getFieldId()).filter(knownFields::contains).isEmpty());
        return unknownField ? Optional.of(FaultCode.INVALID_FIELD) : Optional.empty();
    }

    /** A known status Bronto would not let an API caller create a contact with is an invalid request (301). */
    private static FaultCode creatableStatus(String status) {
        if (status == null) {
            return FaultCode.OK;
        }
        return ContactStatus.fromWire(status).filter(ContactStatus.CREATABLE::contains).isPresent()
                ? FaultCode.OK : FaultCode.INVALID_OBJECT;
    }

    private void storeFields(long contactId, List<ContactField> values) {
        values.stream().filter(Objects::nonNull).forEach(field -> contacts.setField(contactId,
                SandboxId.FIELD.parse(field.getFieldId()).orElseThrow(), Objects.requireNonNullElse(field.getContent(), "")));
    }

    private static String msgPrefOf(ContactObject contact, String fallback) {
        return "text".equals(contact.getMsgPref()) || "html".equals(contact.getMsgPref()) ? contact.getMsgPref() : fallback;
    }

    static String normalise(String email) {
        return email.trim().toLowerCase();
    }

    static boolean isValidEmail(String email) {
        return email.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(email).matches();
    }

    private static ContactObject toContactObject(ContactStore.Contact contact, List<ContactStore.Membership> lists,
            List<ContactStore.FieldValue> values) {
        ContactObject object = new ContactObject();
        object.setId(SandboxId.CONTACT.format(contact.id()));
        object.setEmail(contact.email());
        object.setStatus(contact.status());
        object.setMsgPref(contact.msgPref());
        object.setSource(contact.source());
        object.setCreated(XmlDateTimes.toXml(contact.createdAt()));
        object.setModified(XmlDateTimes.toXml(contact.modifiedAt()));
        lists.forEach(list -> object.getListIds().add(SandboxId.LIST.format(list.listId())));
        values.forEach(value -> {
            ContactField field = new ContactField();
            field.setFieldId(SandboxId.FIELD.format(value.fieldId()));
            field.setContent(value.content());
            object.getFields().add(field);
        });
        return object;
    }
}
