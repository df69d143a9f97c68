package io.retentionflow.bronto.sandbox;

import io.retentionflow.bronto.soap.ObjectFactory;
import io.retentionflow.bronto.soap.ReadMessageFolders;
import io.retentionflow.bronto.soap.ReadMessageFoldersResponse;
import io.retentionflow.bronto.soap.ReadMessages;
import io.retentionflow.bronto.soap.ReadMessagesResponse;
import jakarta.xml.bind.JAXBElement;
import org.springframework.context.annotation.Profile;
import org.springframework.ws.server.endpoint.annotation.Endpoint;
import org.springframework.ws.server.endpoint.annotation.PayloadRoot;
import org.springframework.ws.server.endpoint.annotation.RequestPayload;
import org.springframework.ws.server.endpoint.annotation.ResponsePayload;
import org.springframework.ws.soap.SoapHeaderElement;
import org.springframework.ws.soap.server.endpoint.annotation.SoapHeader;

/** readMessageFolders and readMessages. */
@Endpoint
@Profile("sandbox")
public class MessageEndpoint {

    private final SessionService sessions;
    private final RequestLimits limits;
    private final MessageService messages;
    private final ObjectFactory objects = new ObjectFactory();

    public MessageEndpoint(SessionService sessions, RequestLimits limits, MessageService messages) {
        this.sessions = sessions;
        this.limits = limits;
        this.messages = messages;
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "readMessageFolders")
    @ResponsePayload
    public JAXBElement<ReadMessageFoldersResponse> readMessageFolders(@RequestPayload JAXBElement<ReadMessageFolders> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        ReadMessageFolders read = request.getValue();
        ReadMessageFoldersResponse response = objects.createReadMessageFoldersResponse();
        response.getReturn().addAll(messages.readFolders(read.getFilter(), limits.page(read.getPageNumber(), null)));
        return objects.createReadMessageFoldersResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "readMessages")
    @ResponsePayload
    public JAXBElement<ReadMessagesResponse> readMessages(@RequestPayload JAXBElement<ReadMessages> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.requireSession(sessionHeader);
        ReadMessages read = request.getValue();
        ReadMessagesResponse response = objects.createReadMessagesResponse();
        response.getReturn().addAll(messages.readMessages(read.getFilter(), read.isIncludeContent(),
                limits.page(read.getPageNumber(), read.getPageSize())));
        return objects.createReadMessagesResponse(response);
    }
}
