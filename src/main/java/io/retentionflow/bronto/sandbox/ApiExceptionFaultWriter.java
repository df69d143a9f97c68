package io.retentionflow.bronto.sandbox;

import java.util.Locale;

import io.retentionflow.bronto.soap.ApiException;
import io.retentionflow.bronto.soap.ObjectFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.ws.soap.SoapFault;
import org.springframework.ws.soap.SoapMessage;

/**
 * Writes a fault the way Bronto did: faultstring "N: message" (clients parse the code before the first colon) and
 * a detail {@code <tns:ApiException><errorCode>N</errorCode></tns:ApiException>}.
 */
@Component
@Profile("sandbox")
public class ApiExceptionFaultWriter {

    private final JAXBContext context;
    private final ObjectFactory objects = new ObjectFactory();

    public ApiExceptionFaultWriter() throws JAXBException {
        this.context = JAXBContext.newInstance(ApiException.class);
    }

    public void write(SoapMessage response, FaultCode code, String message) {
        SoapFault fault = response.getSoapBody().addServerOrReceiverFault(code.code() + ": " + message, Locale.ENGLISH);
        ApiException detail = objects.createApiException();
        detail.setErrorCode(code.code());
        try {
            context.createMarshaller().marshal(objects.createApiException(detail), fault.addFaultDetail().getResult());
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot write the ApiException detail", e);
        }
    }
}
