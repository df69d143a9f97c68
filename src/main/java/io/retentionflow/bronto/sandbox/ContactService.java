package io.retentionflow.bronto.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /** The widths of sandbox_contact.email and sandbox_contact_field.content. */
    static final int MAX_EMAIL_LENGTH = 100;
    static final int MAX_FIELD_CONTENT_LENGTH = 4000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> MSG_PREFS = Set.of("html", "text");
    private static final String DEFAULT_MSG_PREF = "html";
    /** Bronto's contact sources (help r_api_soap_addcontacts.html); each fits sandbox_contact.source. */
    private static final Set<String> SOURCES = Set.of("manual", "import", "api", "webform", "sforcereport");
    private static final String DEFAULT_SOURCE = "api";

    private final ContactStore contacts;
    private final FieldStore fields;
    private final SandboxClock clock;
    private final UploadPace pace;
    private final UploadStore uploads;

    public ContactService(ContactStore contacts, FieldStore fields, SandboxClock clock, UploadPace pace,
            UploadStore uploads) {
        this.contacts = contacts;
        this.fields = fields;
        this.clock = clock;
        this.pace = pace;
        this.uploads = uploads;
    }

    /** Adds new contacts only; one whose email is known is an error (305). */
    @Transactional
    public WriteResult add(List<ContactObject> input) {
        return paced("addContacts", input, false);
    }

    /** Creates or updates by id, else by email; never changes the status of an existing contact. */
    @Transactional
    public WriteResult addOrUpdate(List<ContactObject> input) {
        return paced("addOrUpdateContacts", input, true);
    }

    /** Every contact written counts in the account's pace, as list uploads do; a call over it changes nothing. */
    private WriteResult paced(String operation, List<ContactObject> input, boolean updateExisting) {
        // counted when the call arrived, as Bronto counts it
        OffsetDateTime arrived = CallArrival.ofCurrentCall().map(clock::at).orElseGet(clock::now);
        long upload = pace.admit(arrived, operation, null, input.size());
        WriteResult result = write(input, updateExisting);
        uploads.recordAdded(upload, (int) result.getResults().stream().filter(item -> Boolean.TRUE.equals(item.isIsNew())).count());
        return result;
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
                        SandboxId.LIST, filter.getListId())
                .values("c.msg_pref", filter.getMsgPref())
                .values("c.source", filter.getSource())
                // the sandbox keeps no mobile numbers, segments, SMS keywords or custom sources
                .unsupported("mobileNumber", filter.getMobileNumber())
                .unsupported("segmentId", filter.getSegmentId())
                .unsupported("SMSKeywordID", filter.getSMSKeywordID())
                .unsupported("customSource", filter.getCustomSource());
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
        Map<Long, String> fieldTypes = fields.types();
        Map<String, ContactStore.Contact> byEmail = new HashMap<>(contacts.findByEmails(
                input.stream().map(ContactObject::getEmail).filter(Objects::nonNull).map(ContactService::normalise).toList()));
        Map<Long, ContactStore.Contact> byId = contacts.findByIds(
                input.stream().map(ContactObject::getId).map(SandboxId.CONTACT::parse).flatMap(Optional::stream).toList());
        WriteResultBuilder result = new WriteResultBuilder();
        for (ContactObject contact : input) {
            String email = contact.getEmail() == null ? null : normalise(contact.getEmail());
            Optional<FaultCode> invalid = validate(contact, email, fieldTypes);
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
                String msgPref = Objects.requireNonNullElse(contact.getMsgPref(), DEFAULT_MSG_PREF);
                String source = Objects.requireNonNullElse(contact.getSource(), DEFAULT_SOURCE);
                long id = contacts.add(email, status, msgPref, source, now);
                storeFields(id, contact.getFields());
                byEmail.put(email, new ContactStore.Contact(id, email, status, msgPref, source, now, now));
                result.success(SandboxId.CONTACT.format(id), true);
            } else if (!updateExisting) {
                result.error(SandboxId.CONTACT.format(existing.id()), FaultCode.CONTACT_ALREADY_EXISTS);
            } else {
                String newEmail = email == null ? existing.email() : email;
                ContactStore.Contact holder = byEmail.get(newEmail);
                if (holder != null && holder.id() != existing.id()) {
                    result.error(SandboxId.CONTACT.format(existing.id()), FaultCode.EMAIL_ON_ANOTHER_CONTACT);
                    continue;
                }
                contacts.update(existing.id(), newEmail, Objects.requireNonNullElse(contact.getMsgPref(), existing.msgPref()), now);
                storeFields(existing.id(), contact.getFields());
                byEmail.put(newEmail, existing);
                result.success(SandboxId.CONTACT.format(existing.id()), false);
            }
        }
        return result.build();
    }

    /**
     * Every value that reaches a bounded column is checked here, so bad input is this object's error, never a database
     * error that fails the whole call as 101 (which clients retry for ever).
     */
    private static Optional<FaultCode> validate(ContactObject contact, String email, Map<Long, String> fieldTypes) {
        if (contact.getId() == null && email == null) {
            return Optional.of(FaultCode.EMAIL_OR_MOBILE_REQUIRED);
        }
        if (email != null && email.length() > MAX_EMAIL_LENGTH) {
            return Optional.of(FaultCode.EMAIL_TOO_LONG);
        }
        if (email != null && !isValidEmail(email)) {
            return Optional.of(FaultCode.INVALID_EMAIL);
        }
        if (contact.getStatus() != null && ContactStatus.fromWire(contact.getStatus()).isEmpty()) {
            return Optional.of(FaultCode.INVALID_STATUS);
        }
        if (contact.getMsgPref() != null && !MSG_PREFS.contains(contact.getMsgPref())
                || contact.getSource() != null && !SOURCES.contains(contact.getSource())) {
            return Optional.of(FaultCode.INVALID_CONTACT_REQUEST);
        }
        return contact.getFields().stream().filter(Objects::nonNull)
                .map(field -> fieldProblem(field, fieldTypes))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<FaultCode> fieldProblem(ContactField field, Map<Long, String> fieldTypes) {
        Optional<String> type = SandboxId.FIELD.parse(field.getFieldId()).map(fieldTypes::get);
        if (type.isEmpty()) {
            return Optional.of(FaultCode.INVALID_FIELD_ATTRIBUTES);
        }
        String content = Objects.requireNonNullElse(field.getContent(), "");
        if (content.length() > MAX_FIELD_CONTENT_LENGTH) {
            return Optional.of(FaultCode.FIELD_VALUE_TOO_LARGE);
        }
        return content.isEmpty() || fitsType(content.trim(), type.get()) ? Optional.empty() : Optional.of(FaultCode.INVALID_FIELD_VALUE);
    }

    /** Bronto's typed fields take only values of their type; the text-like ones (text, select …) take any text. */
    private static boolean fitsType(String content, String fieldType) {
        try {
            switch (fieldType) {
                case "integer" -> Long.parseLong(content);
                case "float", "currency" -> new BigDecimal(content);
                case "date" -> LocalDate.parse(content);
                default -> {
                    // any text
                }
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    /** A known status Bronto would not let an API caller create a contact with is an invalid request (301). */
    private static FaultCode creatableStatus(String status) {
        if (status == null) {
            return FaultCode.OK;
        }
        return ContactStatus.fromWire(status).filter(ContactStatus.CREATABLE::contains).isPresent()
                ? FaultCode.OK : FaultCode.INVALID_CONTACT_REQUEST;
    }

    private void storeFields(long contactId, List<ContactField> values) {
        values.stream().filter(Objects::nonNull).forEach(field -> contacts.setField(contactId,
                SandboxId.FIELD.parse(field.getFieldId()).orElseThrow(), Objects.requireNonNullElse(field.getContent(), "")));
    }

    /** The one normalisation of an email address, for contacts, list uploads and the demo seed alike. */
    static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
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
