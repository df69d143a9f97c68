package io.retentionflow.bronto.sandbox;

import io.retentionflow.bronto.soap.AddLists;
import io.retentionflow.bronto.soap.AddListsResponse;
import io.retentionflow.bronto.soap.AddToList;
import io.retentionflow.bronto.soap.AddToListResponse;
import io.retentionflow.bronto.soap.ClearLists;
import io.retentionflow.bronto.soap.ClearListsResponse;
import io.retentionflow.bronto.soap.DeleteLists;
import io.retentionflow.bronto.soap.DeleteListsResponse;
import io.retentionflow.bronto.soap.ObjectFactory;
import io.retentionflow.bronto.soap.ReadLists;
import io.retentionflow.bronto.soap.ReadListsResponse;
import io.retentionflow.bronto.soap.RemoveFromList;
import io.retentionflow.bronto.soap.RemoveFromListResponse;
import jakarta.xml.bind.JAXBElement;
import org.springframework.context.annotation.Profile;
import org.springframework.ws.server.endpoint.annotation.Endpoint;
import org.springframework.ws.server.endpoint.annotation.PayloadRoot;
import org.springframework.ws.server.endpoint.annotation.RequestPayload;
import org.springframework.ws.server.endpoint.annotation.ResponsePayload;
import org.springframework.ws.soap.SoapHeaderElement;
import org.springframework.ws.soap.server.endpoint.annotation.SoapHeader;

/** addLists, readLists, deleteLists, clearLists, addToList and removeFromList. */
@Endpoint
@Profile("sandbox")
public class ListEndpoint {

    private final SessionService sessions;
    private final RequestLimits limits;
    private final ListService lists;
    private final MembershipService memberships;
    private final ObjectFactory objects = new ObjectFactory();

    public ListEndpoint(SessionService sessions, RequestLimits limits, ListService lists, MembershipService memberships) {
        this.sessions = sessions;
        this.limits = limits;
        this.lists = lists;
        this.memberships = memberships;
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "addLists")
    @ResponsePayload
    public JAXBElement<AddListsResponse> addLists(@RequestPayload JAXBElement<AddLists> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        AddListsResponse response = objects.createAddListsResponse();
        response.setReturn(lists.add(limits.requireObjects(request.getValue().getLists())));
        return objects.createAddListsResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "readLists")
    @ResponsePayload
    public JAXBElement<ReadListsResponse> readLists(@RequestPayload JAXBElement<ReadLists> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        ReadLists read = request.getValue();
        ReadListsResponse response = objects.createReadListsResponse();
        response.getReturn().addAll(lists.read(read.getFilter(), limits.page(read.getPageNumber(), read.getPageSize())));
        return objects.createReadListsResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "deleteLists")
    @ResponsePayload
    public JAXBElement<DeleteListsResponse> deleteLists(@RequestPayload JAXBElement<DeleteLists> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        DeleteListsResponse response = objects.createDeleteListsResponse();
        response.setReturn(lists.delete(limits.requireObjects(request.getValue().getLists())));
        return objects.createDeleteListsResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "clearLists")
    @ResponsePayload
    public JAXBElement<ClearListsResponse> clearLists(@RequestPayload JAXBElement<ClearLists> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        ClearListsResponse response = objects.createClearListsResponse();
        response.setReturn(lists.clear(limits.requireObjects(request.getValue().getList())));
        return objects.createClearListsResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "addToList")
    @ResponsePayload
    public JAXBElement<AddToListResponse> addToList(@RequestPayload JAXBElement<AddToList> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        AddToList add = request.getValue();
        AddToListResponse response = objects.createAddToListResponse();
        response.setReturn(memberships.add(add.getList(), limits.requireObjects(add.getContacts())));
        return objects.createAddToListResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "removeFromList")
    @ResponsePayload
    public JAXBElement<RemoveFromListResponse> removeFromList(@RequestPayload JAXBElement<RemoveFromList> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        RemoveFromList remove = request.getValue();
        RemoveFromListResponse response = objects.createRemoveFromListResponse();
        response.setReturn(memberships.remove(remove.getList(), limits.requireObjects(remove.getContacts())));
        return objects.createRemoveFromListResponse(response);
    }
}
