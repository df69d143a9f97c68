package io.retentionflow.bronto.sandbox;

import io.retentionflow.bronto.soap.AddDeliveries;
import io.retentionflow.bronto.soap.AddDeliveriesResponse;
import io.retentionflow.bronto.soap.DeleteDeliveries;
import io.retentionflow.bronto.soap.DeleteDeliveriesResponse;
import io.retentionflow.bronto.soap.ObjectFactory;
import io.retentionflow.bronto.soap.ReadDeliveries;
import io.retentionflow.bronto.soap.ReadDeliveriesResponse;
import io.retentionflow.bronto.soap.ReadDeliveryRecipients;
import io.retentionflow.bronto.soap.ReadDeliveryRecipientsResponse;
import io.retentionflow.bronto.soap.UpdateDeliveries;
import io.retentionflow.bronto.soap.UpdateDeliveriesResponse;
import jakarta.xml.bind.JAXBElement;
import org.springframework.context.annotation.Profile;
import org.springframework.ws.server.endpoint.annotation.Endpoint;
import org.springframework.ws.server.endpoint.annotation.PayloadRoot;
import org.springframework.ws.server.endpoint.annotation.RequestPayload;
import org.springframework.ws.server.endpoint.annotation.ResponsePayload;
import org.springframework.ws.soap.SoapHeaderElement;
import org.springframework.ws.soap.server.endpoint.annotation.SoapHeader;

/** addDeliveries, readDeliveries, updateDeliveries, deleteDeliveries and readDeliveryRecipients. */
@Endpoint
@Profile("sandbox")
public class DeliveryEndpoint {

    private final SessionService sessions;
    private final RequestLimits limits;
    private final DeliveryService deliveries;
    private final ObjectFactory objects = new ObjectFactory();

    public DeliveryEndpoint(SessionService sessions, RequestLimits limits, DeliveryService deliveries) {
        this.sessions = sessions;
        this.limits = limits;
        this.deliveries = deliveries;
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "addDeliveries")
    @ResponsePayload
    public JAXBElement<AddDeliveriesResponse> addDeliveries(@RequestPayload JAXBElement<AddDeliveries> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        AddDeliveriesResponse response = objects.createAddDeliveriesResponse();
        response.setReturn(deliveries.add(limits.requireObjects(request.getValue().getDeliveries())));
        return objects.createAddDeliveriesResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "readDeliveries")
    @ResponsePayload
    public JAXBElement<ReadDeliveriesResponse> readDeliveries(@RequestPayload JAXBElement<ReadDeliveries> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        ReadDeliveries read = request.getValue();
        ReadDeliveriesResponse response = objects.createReadDeliveriesResponse();
        response.getReturn().addAll(deliveries.read(read.getFilter(), read.isIncludeRecipients(), read.isIncludeContent(),
                limits.page(read.getPageNumber(), null)));
        return objects.createReadDeliveriesResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "updateDeliveries")
    @ResponsePayload
    public JAXBElement<UpdateDeliveriesResponse> updateDeliveries(@RequestPayload JAXBElement<UpdateDeliveries> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        UpdateDeliveriesResponse response = objects.createUpdateDeliveriesResponse();
        response.setReturn(deliveries.update(limits.requireObjects(request.getValue().getDeliveries())));
        return objects.createUpdateDeliveriesResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "deleteDeliveries")
    @ResponsePayload
    public JAXBElement<DeleteDeliveriesResponse> deleteDeliveries(@RequestPayload JAXBElement<DeleteDeliveries> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        DeleteDeliveriesResponse response = objects.createDeleteDeliveriesResponse();
        response.setReturn(deliveries.delete(limits.requireObjects(request.getValue().getDeliveries())));
        return objects.createDeleteDeliveriesResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "readDeliveryRecipients")
    @ResponsePayload
    public JAXBElement<ReadDeliveryRecipientsResponse> readDeliveryRecipients(
            @RequestPayload JAXBElement<ReadDeliveryRecipients> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        ReadDeliveryRecipients read = request.getValue();
        ReadDeliveryRecipientsResponse response = objects.createReadDeliveryRecipientsResponse();
        response.getReturn().addAll(deliveries.readRecipients(read.getFilter(), limits.page(read.getPageNumber(), null)));
        return objects.createReadDeliveryRecipientsResponse(response);
    }
}
