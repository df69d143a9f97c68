package io.retentionflow.bronto;

import io.retentionflow.bronto.soap.AddDeliveries;
import io.retentionflow.bronto.soap.AddDeliveriesResponse;
import io.retentionflow.bronto.soap.AddLists;
import io.retentionflow.bronto.soap.AddListsResponse;
import io.retentionflow.bronto.soap.AddOrUpdateContacts;
import io.retentionflow.bronto.soap.AddOrUpdateContactsResponse;
import io.retentionflow.bronto.soap.AddToList;
import io.retentionflow.bronto.soap.AddToListResponse;
import io.retentionflow.bronto.soap.ContactFilter;
import io.retentionflow.bronto.soap.DeleteLists;
import io.retentionflow.bronto.soap.DeleteListsResponse;
import io.retentionflow.bronto.soap.DeliveryFilter;
import io.retentionflow.bronto.soap.DeliveryObject;
import io.retentionflow.bronto.soap.DeliveryRecipientFilter;
import io.retentionflow.bronto.soap.FilterOperator;
import io.retentionflow.bronto.soap.FilterType;
import io.retentionflow.bronto.soap.MailListFilter;
import io.retentionflow.bronto.soap.MailListObject;
import io.retentionflow.bronto.soap.MessageFilter;
import io.retentionflow.bronto.soap.MessageFolderFilter;
import io.retentionflow.bronto.soap.ObjectFactory;
import io.retentionflow.bronto.soap.ReadContacts;
import io.retentionflow.bronto.soap.ReadContactsResponse;
import io.retentionflow.bronto.soap.ReadDeliveries;
import io.retentionflow.bronto.soap.ReadDeliveriesResponse;
import io.retentionflow.bronto.soap.ReadDeliveryRecipients;
import io.retentionflow.bronto.soap.ReadDeliveryRecipientsResponse;
import io.retentionflow.bronto.soap.ReadFields;
import io.retentionflow.bronto.soap.ReadFieldsResponse;
import io.retentionflow.bronto.soap.ReadLists;
import io.retentionflow.bronto.soap.ReadListsResponse;
import io.retentionflow.bronto.soap.ReadMessageFolders;
import io.retentionflow.bronto.soap.ReadMessageFoldersResponse;
import io.retentionflow.bronto.soap.ReadMessages;
import io.retentionflow.bronto.soap.ReadMessagesResponse;
import io.retentionflow.bronto.soap.RemoveFromList;
import io.retentionflow.bronto.soap.RemoveFromListResponse;
import io.retentionflow.bronto.soap.StringValue;
import io.retentionflow.bronto.soap.UpdateDeliveries;
import io.retentionflow.bronto.soap.UpdateDeliveriesResponse;
import io.retentionflow.bronto.soap.WriteResult;
import jakarta.xml.bind.JAXBElement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * {@link BrontoGateway} over Bronto's SOAP API v4 (Spring-WS, JAXB classes generated from
 * {@code src/main/wsdl/bronto-v4.wsdl}). Reads page from page 1 until an empty page or fault 116.
 */
public class BrontoSoapClient implements BrontoGateway {

    /** Addresses per readContacts filter: well inside any search-item limit, few calls for a campaign's worth. */
    static final int EMAILS_PER_CONTACT_READ = 500;

    /** A guard against an answer that never runs dry: 10,000 pages of 5,000 are 50 million objects. */
    private static final int MAX_PAGES = 10_000;

    private static final ObjectFactory SOAP = new ObjectFactory();

    private final BrontoSoapTransport transport;

    BrontoSoapClient(BrontoSoapTransport transport) {
        this.transport = transport;
    }

    @Override
    public void verifyLogin() {
        transport.signIn();
    }

    @Override
    public Optional<MessageFolder> findMessageFolder(String name) {
        List<MessageFolder> folders = readAll("readMessageFolders", page -> {
            MessageFolderFilter filter = new MessageFolderFilter();
            filter.getName().add(equalTo(name));
            ReadMessageFolders request = new ReadMessageFolders();
            request.setFilter(filter);
            request.setPageNumber(page);
            return SOAP.createReadMessageFolders(request);
        }, ReadMessageFoldersResponse.class, ReadMessageFoldersResponse::getReturn, BrontoSoapMapping::folder);
        return folders.stream().filter(folder -> name.equals(folder.name())).findFirst();
    }

    @Override
    public List<BrontoMessage> readMessages(String folderId, boolean includeContent) {
        return readMessagesWhere(includeContent, filter -> filter.getMessageFolderId().add(folderId));
    }

    @Override
    public Optional<BrontoMessage> readMessage(String messageId) {
        return readMessagesWhere(true, filter -> filter.getId().add(messageId)).stream()
                .filter(message -> messageId.equals(message.id()))
                .findFirst();
    }

    private List<BrontoMessage> readMessagesWhere(boolean includeContent, Consumer<MessageFilter> criteria) {
        return readAll("readMessages", page -> {
            MessageFilter filter = new MessageFilter();
            criteria.accept(filter);
            ReadMessages request = new ReadMessages();
            request.setFilter(filter);
            request.setIncludeContent(includeContent);
            request.setPageNumber(page);
            return SOAP.createReadMessages(request);
        }, ReadMessagesResponse.class, ReadMessagesResponse::getReturn, BrontoSoapMapping::message);
    }

    @Override
    public List<BrontoField> readFields() {
        return readAll("readFields", page -> {
            ReadFields request = new ReadFields();
            request.setPageNumber(page);
            return SOAP.createReadFields(request);
        }, ReadFieldsResponse.class, ReadFieldsResponse::getReturn, BrontoSoapMapping::field);
    }

    @Override
    public List<BrontoContact> readContactsByEmail(Collection<String> emails, Collection<String> fieldIds) {
        List<String> addresses = emails.stream().filter(Objects::nonNull).distinct().toList();
        List<BrontoContact> contacts = new ArrayList<>();
        for (int from = 0; from < addresses.size(); from += EMAILS_PER_CONTACT_READ) {
            List<String> chunk = addresses.subList(from, Math.min(addresses.size(), from + EMAILS_PER_CONTACT_READ));
            contacts.addAll(readAll("readContacts", page -> {
                ContactFilter filter = new ContactFilter();
                filter.setType(FilterType.OR);
                chunk.forEach(email -> filter.getEmail().add(equalTo(email)));
                ReadContacts request = new ReadContacts();
                request.setFilter(filter);
                request.setIncludeLists(false);
                request.getFields().addAll(fieldIds);
                request.setPageNumber(page);
                return SOAP.createReadContacts(request);
            }, ReadContactsResponse.class, ReadContactsResponse::getReturn, BrontoSoapMapping::contact,
                    // an address is one contact: once each is found, the next page could only be empty
                    chunk.size()));
        }
        return contacts;
    }

    @Override
    public WriteOutcome addOrUpdateContacts(List<ContactData> contacts) {
        requireWithinCallLimit(contacts);
        AddOrUpdateContacts request = new AddOrUpdateContacts();
        contacts.forEach(contact -> request.getContacts().add(BrontoSoapMapping.contactObject(contact)));
        return write("addOrUpdateContacts", SOAP.createAddOrUpdateContacts(request),
                AddOrUpdateContactsResponse.class, AddOrUpdateContactsResponse::getReturn, contacts.size());
    }

    @Override
    public Optional<MailList> findList(String name) {
        List<MailList> lists = readAll("readLists", page -> {
            MailListFilter filter = new MailListFilter();
            filter.getName().add(equalTo(name));
            ReadLists request = new ReadLists();
            request.setFilter(filter);
            request.setPageNumber(page);
            return SOAP.createReadLists(request);
        }, ReadListsResponse.class, ReadListsResponse::getReturn, BrontoSoapMapping::list);
        return lists.stream().filter(list -> name.equals(list.name())).findFirst();
    }

    @Override
    public ObjectOutcome addList(String name, String label) {
        MailListObject list = new MailListObject();
        list.setName(name);
        list.setLabel(label);
        AddLists request = new AddLists();
        request.getLists().add(list);
        return write("addLists", SOAP.createAddLists(request), AddListsResponse.class, AddListsResponse::getReturn, 1)
                .single();
    }

    @Override
    public WriteOutcome deleteLists(List<String> listIds) {
        requireWithinCallLimit(listIds);
        DeleteLists request = new DeleteLists();
        listIds.forEach(id -> request.getLists().add(BrontoSoapMapping.listById(id)));
        return write("deleteLists", SOAP.createDeleteLists(request),
                DeleteListsResponse.class, DeleteListsResponse::getReturn, listIds.size());
    }

    @Override
    public WriteOutcome addToList(String listId, List<String> emails) {
        requireWithinCallLimit(emails);
        AddToList request = new AddToList();
        request.setList(BrontoSoapMapping.listById(listId));
        emails.forEach(email -> request.getContacts().add(BrontoSoapMapping.contactByEmail(email)));
        return write("addToList", SOAP.createAddToList(request),
                AddToListResponse.class, AddToListResponse::getReturn, emails.size());
    }

    @Override
    public WriteOutcome removeFromList(String listId, List<String> emails) {
        requireWithinCallLimit(emails);
        RemoveFromList request = new RemoveFromList();
        request.setList(BrontoSoapMapping.listById(listId));
        emails.forEach(email -> request.getContacts().add(BrontoSoapMapping.contactByEmail(email)));
        return write("removeFromList", SOAP.createRemoveFromList(request),
                RemoveFromListResponse.class, RemoveFromListResponse::getReturn, emails.size());
    }

    @Override
    public ObjectOutcome addDelivery(DeliveryRequest delivery) {
        AddDeliveries request = new AddDeliveries();
        request.getDeliveries().add(BrontoSoapMapping.deliveryObject(delivery));
        return write("addDeliveries", SOAP.createAddDeliveries(request),
                AddDeliveriesResponse.class, AddDeliveriesResponse::getReturn, 1).single();
    }

    @Override
    public Optional<Delivery> findDelivery(String messageId, String listId, OffsetDateTime start) {
        OffsetDateTime second = start.truncatedTo(ChronoUnit.SECONDS);
        return readDeliveriesWhere(filter -> filter.getMessageId().add(messageId)).stream()
                .filter(delivery -> delivery.status() != DeliveryStatus.SKIPPED)
                .filter(delivery -> delivery.start() != null
                        && delivery.start().truncatedTo(ChronoUnit.SECONDS).isEqual(second))
                .filter(delivery -> delivery.listIds().contains(listId))
                .findFirst();
    }

    @Override
    public Optional<Delivery> readDelivery(String deliveryId) {
        return readDeliveriesWhere(filter -> filter.getId().add(deliveryId)).stream()
                .filter(delivery -> deliveryId.equals(delivery.id()))
                .findFirst();
    }

    private List<Delivery> readDeliveriesWhere(Consumer<DeliveryFilter> criteria) {
        return readAll("readDeliveries", page -> {
            DeliveryFilter filter = new DeliveryFilter();
            criteria.accept(filter);
            ReadDeliveries request = new ReadDeliveries();
            request.setFilter(filter);
            request.setIncludeRecipients(true);
            request.setIncludeContent(false);
            request.setPageNumber(page);
            return SOAP.createReadDeliveries(request);
        }, ReadDeliveriesResponse.class, ReadDeliveriesResponse::getReturn, BrontoSoapMapping::delivery);
    }

    @Override
    public ObjectOutcome rescheduleDelivery(String deliveryId, OffsetDateTime start) {
        DeliveryObject delivery = new DeliveryObject();
        delivery.setId(deliveryId);
        delivery.setStart(BrontoSoapMapping.xmlDateTime(start));
        return updateDelivery(delivery);
    }

    @Override
    public ObjectOutcome cancelDelivery(String deliveryId) {
        DeliveryObject delivery = new DeliveryObject();
        delivery.setId(deliveryId);
        delivery.setStatus(DeliveryStatus.SKIPPED.toBronto());
        return updateDelivery(delivery);
    }

    private ObjectOutcome updateDelivery(DeliveryObject delivery) {
        UpdateDeliveries request = new UpdateDeliveries();
        request.getDeliveries().add(delivery);
        return write("updateDeliveries", SOAP.createUpdateDeliveries(request),
                UpdateDeliveriesResponse.class, UpdateDeliveriesResponse::getReturn, 1).single();
    }

    @Override
    public List<ListDeliveryStats> readDeliveryRecipients(String deliveryId) {
        return readAll("readDeliveryRecipients", page -> {
            DeliveryRecipientFilter filter = new DeliveryRecipientFilter();
            filter.setDeliveryId(deliveryId);
            ReadDeliveryRecipients request = new ReadDeliveryRecipients();
            request.setFilter(filter);
            request.setPageNumber(page);
            return SOAP.createReadDeliveryRecipients(request);
        }, ReadDeliveryRecipientsResponse.class, ReadDeliveryRecipientsResponse::getReturn, BrontoSoapMapping::listStats);
    }

    /** Pages from 1 until a page comes back empty or Bronto says 116, the end of the result set. */
    private <S, X, R> List<R> readAll(
            String operation, IntFunction<JAXBElement<?>> pageRequest, Class<S> responseType,
            Function<S, List<X>> items, Function<X, R> mapping) {
        return readAll(operation, pageRequest, responseType, items, mapping, Integer.MAX_VALUE);
    }

    /** @param atMost the most objects the filter can match: once read, no page is left to ask for */
    private <S, X, R> List<R> readAll(
            String operation, IntFunction<JAXBElement<?>> pageRequest, Class<S> responseType,
            Function<S, List<X>> items, Function<X, R> mapping, int atMost) {
        List<R> all = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES && all.size() < atMost; page++) {
            List<X> found;
            try {
                found = items.apply(transport.call(operation, pageRequest.apply(page), responseType));
            } catch (BrontoRejectedException e) {
                if (e.code() == BrontoErrorCode.END_OF_QUERY.code()) {
                    return all;
                }
                throw e;
            }
            List<X> objects = found.stream().filter(Objects::nonNull).toList();
            if (objects.isEmpty()) {
                return all;
            }
            objects.forEach(object -> all.add(contractual(operation, () -> mapping.apply(object))));
        }
        if (all.size() >= atMost) {
            return all;
        }
        throw new BrontoUnavailableException(0, "Bronto's %s did not end after %d pages".formatted(operation, MAX_PAGES), null);
    }

    private <S> WriteOutcome write(
            String operation, JAXBElement<?> request, Class<S> responseType, Function<S, WriteResult> result,
            int objectsSent) {
        S response = transport.call(operation, request, responseType);
        return contractual(operation, () -> BrontoSoapMapping.outcome(operation, result.apply(response), objectsSent));
    }

    /** An answer whose content breaks the contract (a missing status, an unknown value) is Bronto's fault, not ours. */
    private static <T> T contractual(String operation, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (BrontoException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BrontoUnavailableException(0,
                    "Bronto's answer to %s is not the v4 contract: %s".formatted(operation, e.getMessage()), e);
        }
    }

    private static void requireWithinCallLimit(Collection<?> objects) {
        if (objects.size() > MAX_OBJECTS_PER_CALL) {
            throw new IllegalArgumentException(
                    "Bronto takes at most %d objects per call, not %d".formatted(MAX_OBJECTS_PER_CALL, objects.size()));
        }
    }

    private static StringValue equalTo(String value) {
        StringValue criterion = new StringValue();
        criterion.setOperator(FilterOperator.EQUAL_TO);
        criterion.setValue(value);
        return criterion;
    }
}
