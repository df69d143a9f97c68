package io.retentionflow.bronto.sandbox;

import io.retentionflow.bronto.soap.AddContacts;
import io.retentionflow.bronto.soap.AddContactsResponse;
import io.retentionflow.bronto.soap.AddOrUpdateContacts;
import io.retentionflow.bronto.soap.AddOrUpdateContactsResponse;
import io.retentionflow.bronto.soap.ObjectFactory;
import io.retentionflow.bronto.soap.ReadContacts;
import io.retentionflow.bronto.soap.ReadContactsResponse;
import io.retentionflow.bronto.soap.ReadFields;
import io.retentionflow.bronto.soap.ReadFieldsResponse;
import jakarta.xml.bind.JAXBElement;
import org.springframework.context.annotation.Profile;
import org.springframework.ws.server.endpoint.annotation.Endpoint;
import org.springframework.ws.server.endpoint.annotation.PayloadRoot;
import org.springframework.ws.server.endpoint.annotation.RequestPayload;
import org.springframework.ws.server.endpoint.annotation.ResponsePayload;
import org.springframework.ws.soap.SoapHeaderElement;
import org.springframework.ws.soap.server.endpoint.annotation.SoapHeader;

/** readContacts, addContacts, addOrUpdateContacts and readFields. */
@Endpoint
@Profile("sandbox")
public class ContactEndpoint {

    private final SessionService sessions;
    private final RequestLimits limits;
    private final ContactService contacts;
    private final FieldService fields;
    private final ObjectFactory objects = new ObjectFactory();

    public ContactEndpoint(SessionService sessions, RequestLimits limits, ContactService contacts, FieldService fields) {
        this.sessions = sessions;
        this.limits = limits;
        this.contacts = contacts;
        this.fields = fields;
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "readContacts")
    @ResponsePayload
    public JAXBElement<ReadContactsResponse> readContacts(@RequestPayload JAXBElement<ReadContacts> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        ReadContacts read = request.getValue();
        ReadContactsResponse response = objects.createReadContactsResponse();
        response.getReturn().addAll(contacts.read(read.getFilter(), Boolean.TRUE.equals(read.isIncludeLists()),
                read.getFields(), limits.page(read.getPageNumber(), null)));
        return objects.createReadContactsResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "addContacts")
    @ResponsePayload
    public JAXBElement<AddContactsResponse> addContacts(@RequestPayload JAXBElement<AddContacts> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        AddContactsResponse response = objects.createAddContactsResponse();
        response.setReturn(contacts.add(limits.requireObjects(request.getValue().getContacts())));
        return objects.createAddContactsResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "addOrUpdateContacts")
    @ResponsePayload
    public JAXBElement<AddOrUpdateContactsResponse> addOrUpdateContacts(@RequestPayload JAXBElement<AddOrUpdateContacts> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        AddOrUpdateContactsResponse response = objects.createAddOrUpdateContactsResponse();
        response.setReturn(contacts.addOrUpdate(limits.requireObjects(request.getValue().getContacts())));
        return objects.createAddOrUpdateContactsResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "readFields")
    @ResponsePayload
    public JAXBElement<ReadFieldsResponse> readFields(@RequestPayload JAXBElement<ReadFields> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        ReadFields read = request.getValue();
        ReadFieldsResponse response = objects.createReadFieldsResponse();
        response.getReturn().addAll(fields.read(read.getFilter(), limits.page(read.getPageNumber(), read.getPageSize())));
        return objects.createReadFieldsResponse(response);
    }
}
