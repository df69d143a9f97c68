package io.retentionflow.bronto.sandbox;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.ws.InvalidXmlException;
import org.springframework.ws.soap.SoapMessage;
import org.springframework.ws.soap.SoapMessageCreationException;
import org.springframework.ws.transport.http.WebServiceMessageReceiverHandlerAdapter;

/**
 * Answers a request that cannot become a SOAP message with fault 107, as Bronto did, instead of Spring-WS's bare
 * HTTP 400 (not XML) or a servlet error (SAAJ refuses any DTD, so external entities and entity expansion never run).
 */
public class InvalidXmlFaultHandlerAdapter extends WebServiceMessageReceiverHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(InvalidXmlFaultHandlerAdapter.class);

    private final ApiExceptionFaultWriter faults;

    public InvalidXmlFaultHandlerAdapter(ApiExceptionFaultWriter faults) {
        this.faults = faults;
    }

    @Override
    public ModelAndView handle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        try {
            return super.handle(request, response, handler);
        } catch (SoapMessageCreationException ex) {
            log.debug("Refused a request that is no acceptable SOAP message: {}", ex.getMessage());
            writeInvalidRequestFault(response);
            return null;
        }
    }

    @Override
    protected void handleInvalidXmlException(HttpServletRequest request, HttpServletResponse response, Object handler,
            InvalidXmlException ex) throws IOException {
        log.debug("Refused a request that is not well-formed XML: {}", ex.getMessage());
        writeInvalidRequestFault(response);
    }

    private void writeInvalidRequestFault(HttpServletResponse response) throws IOException {
        SoapMessage fault = (SoapMessage) getMessageFactory().createWebServiceMessage();
        faults.write(fault, FaultCode.INVALID_REQUEST, "The request is not an acceptable SOAP message.");
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType(MediaType.TEXT_XML_VALUE + ";charset=UTF-8");
        fault.writeTo(response.getOutputStream());
    }
}
