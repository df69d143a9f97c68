package io.retentionflow.bronto;

import io.retentionflow.bronto.soap.ContactField;
import io.retentionflow.bronto.soap.ContactObject;
import io.retentionflow.bronto.soap.DeliveryObject;
import io.retentionflow.bronto.soap.DeliveryRecipientObject;
import io.retentionflow.bronto.soap.DeliveryRecipientStatObject;
import io.retentionflow.bronto.soap.FieldObject;
import io.retentionflow.bronto.soap.MailListObject;
import io.retentionflow.bronto.soap.MessageContentObject;
import io.retentionflow.bronto.soap.MessageFolderObject;
import io.retentionflow.bronto.soap.MessageObject;
import io.retentionflow.bronto.soap.ResultItem;
import io.retentionflow.bronto.soap.WriteResult;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** Between Bronto's JAXB types and the product's records; JAXB types never leave this package. */
final class BrontoSoapMapping {

    private static final DatatypeFactory DATATYPES = datatypeFactory();

    private BrontoSoapMapping() {}

    static MessageFolder folder(MessageFolderObject folder) {
        return new MessageFolder(folder.getId(), folder.getName(), folder.getParentId());
    }

    static BrontoMessage message(MessageObject message) {
        String subject = null;
        String html = null;
        String text = null;
        for (MessageContentObject content : message.getContent()) {
            if (content == null) {
                continue;
            }
            if ("html".equals(content.getType())) {
                html = content.getContent();
                subject = content.getSubject();
            } else if ("text".equals(content.getType())) {
                text = content.getContent();
                subject = subject == null ? content.getSubject() : subject;
            }
        }
        return new BrontoMessage(message.getId(), message.getName(), message.getMessageFolderId(), subject, html, text);
    }

    static BrontoField field(FieldObject field) {
        return new BrontoField(field.getId(), field.getName(), field.getLabel(), field.getType());
    }

    static BrontoContact contact(ContactObject contact) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ContactField field : contact.getFields()) {
            if (field != null && field.getFieldId() != null) {
                fields.put(field.getFieldId(), field.getContent());
            }
        }
        return new BrontoContact(
                contact.getId(), contact.getEmail(), contact.getStatus(), Map.copyOf(fields),
                contact.getListIds().stream().filter(id -> id != null).toList(),
                dateTime(contact.getCreated()), dateTime(contact.getModified()));
    }

    static ContactObject contactObject(ContactData data) {
        ContactObject contact = new ContactObject();
        contact.setId(data.id());
        contact.setEmail(data.email());
        data.fieldsById().forEach((fieldId, content) -> {
            ContactField field = new ContactField();
            field.setFieldId(fieldId);
            field.setContent(content);
            contact.getFields().add(field);
        });
        return contact;
    }

    static ContactObject contactByEmail(String email) {
        ContactObject contact = new ContactObject();
        contact.setEmail(email);
        return contact;
    }

    static MailList list(MailListObject list) {
        return new MailList(list.getId(), list.getName(), list.getLabel(),
                list.getActiveCount() == null ? 0 : list.getActiveCount(), list.getStatus());
    }

    static MailListObject listById(String id) {
        MailListObject list = new MailListObject();
        list.setId(id);
        return list;
    }

    static DeliveryObject deliveryObject(DeliveryRequest request) {
        DeliveryObject delivery = new DeliveryObject();
        delivery.setMessageId(request.messageId());
        delivery.setStart(xmlDateTime(request.start()));
        delivery.setType("triggered");
        delivery.setFromEmail(request.fromEmail());
        delivery.setFromName(request.fromName());
        delivery.setReplyEmail(request.replyEmail());
        for (String listId : request.listIds()) {
            DeliveryRecipientObject recipient = new DeliveryRecipientObject();
            recipient.setType("list");
            recipient.setId(listId);
            recipient.setDeliveryType("selected");
            delivery.getRecipients().add(recipient);
        }
        return delivery;
    }

    static Delivery delivery(DeliveryObject delivery) {
        List<String> listIds = delivery.getRecipients().stream()
                .filter(r -> r != null && "list".equals(r.getType()) && !"ineligible".equals(r.getDeliveryType()))
                .map(DeliveryRecipientObject::getId)
                .toList();
        DeliveryMetrics metrics = new DeliveryMetrics(
                count(delivery.getNumSends()), count(delivery.getNumDeliveries()),
                count(delivery.getNumHardBounces()), count(delivery.getNumSoftBounces()), count(delivery.getNumBounces()),
                count(delivery.getUniqOpens()), count(delivery.getNumOpens()),
                count(delivery.getUniqClicks()), count(delivery.getNumClicks()),
                rate(delivery.getDeliveryRate()), rate(delivery.getOpenRate()),
                rate(delivery.getClickRate()), rate(delivery.getClickThroughRate()));
        return new Delivery(delivery.getId(), delivery.getMessageId(), dateTime(delivery.getStart()),
                DeliveryStatus.fromBronto(delivery.getStatus()), listIds, metrics);
    }

    static ListDeliveryStats listStats(DeliveryRecipientStatObject stat) {
        DeliveryMetrics metrics = new DeliveryMetrics(
                count(stat.getNumSends()), count(stat.getNumDeliveries()),
                count(stat.getNumHardBounces()), count(stat.getNumSoftBounces()), count(stat.getNumBounces()),
                count(stat.getUniqOpens()), count(stat.getNumOpens()),
                count(stat.getUniqClicks()), count(stat.getNumClicks()),
                rate(stat.getDeliveryRate()), rate(stat.getOpenRate()),
                rate(stat.getClickRate()), rate(stat.getClickThroughRate()));
        return new ListDeliveryStats(stat.getDeliveryId(), stat.getListId(), metrics);
    }

    /**
     * One outcome per object sent. Bronto marks a failure both in the item ({@code isError}) and in
     * {@code errors} (indexes into the results); either is taken as a failure. An answer with a
     * different number of results than objects sent cannot be matched to them, so it is refused.
     */
    static WriteOutcome outcome(String operation, WriteResult result, int objectsSent) {
        if (result == null || result.getResults().size() != objectsSent) {
            throw new BrontoUnavailableException(0, "Bronto answered %s with %d results for %d objects".formatted(
                    operation, result == null ? 0 : result.getResults().size(), objectsSent), null);
        }
        Set<Integer> failedIndexes = new HashSet<>();
        result.getErrors().forEach(index -> failedIndexes.add(index));
        List<ObjectOutcome> outcomes = new ArrayList<>(objectsSent);
        for (int index = 0; index < objectsSent; index++) {
            ResultItem item = result.getResults().get(index);
            boolean failed = Boolean.TRUE.equals(item.isIsError()) || failedIndexes.contains(index)
                    || item.getErrorCode() != 0;
            int code = failed && item.getErrorCode() == 0 ? BrontoErrorCode.UNKNOWN_ERROR.code() : item.getErrorCode();
            outcomes.add(new ObjectOutcome(index, item.getId(), Boolean.TRUE.equals(item.isIsNew()),
                    failed ? code : 0, failed ? item.getErrorString() : null));
        }
        return new WriteOutcome(outcomes);
    }

    /** To the second: Bronto's times carry no fractions, and "look up before create" compares them. */
    static XMLGregorianCalendar xmlDateTime(OffsetDateTime dateTime) {
        return dateTime == null ? null : DATATYPES.newXMLGregorianCalendar(
                GregorianCalendar.from(dateTime.truncatedTo(ChronoUnit.SECONDS).toZonedDateTime()));
    }

    static OffsetDateTime dateTime(XMLGregorianCalendar calendar) {
        return calendar == null ? null : calendar.toGregorianCalendar().toZonedDateTime().toOffsetDateTime();
    }

    private static long count(Long value) {
        return value == null ? 0 : value;
    }

    private static double rate(Double value) {
        return value == null ? 0 : value;
    }

    private static DatatypeFactory datatypeFactory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("no XML datatype factory", e);
        }
    }
}
