package io.retentionflow.bronto.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.bind.JAXBException;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.TransformerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.ws.WebServiceMessageException;
import org.springframework.ws.context.MessageContext;
import org.springframework.ws.server.EndpointExceptionResolver;
import org.springframework.ws.soap.SoapMessage;
import org.springframework.ws.transport.context.TransportContextHolder;
import org.springframework.ws.transport.http.HttpServletConnection;
import org.xml.sax.SAXException;

/**
 * Turns what an endpoint throws into Bronto's answers: a {@link SandboxFault} into its fault, a request that does not
 * bind to the contract into 107, a pace overrun into HTTP 503, anything else into 101 (logged, never echoing input).
 */
public class SandboxExceptionResolver implements EndpointExceptionResolver, Ordered {

    static final String SERVICE_UNAVAILABLE = "Service Temporarily Unavailable";

    private static final Logger log = LoggerFactory.getLogger(SandboxExceptionResolver.class);

    private final ApiExceptionFaultWriter faults;

    public SandboxExceptionResolver(ApiExceptionFaultWriter faults) {
        this.faults = faults;
    }

    @Override
    public boolean resolveException(MessageContext messageContext, Object endpoint, Exception ex) {
        if (ex instanceof PaceExceededException) {
            log.info(ex.getMessage());
            answerServiceUnavailable();
            return true;
        }
        SoapMessage response = (SoapMessage) messageContext.getResponse();
        if (ex instanceof SandboxFault fault) {
            log.debug("Bronto fault {}: {}", fault.code().code(), fault.getMessage());
            faults.write(response, fault.code(), fault.getMessage());
        } else if (isUnreadableRequest(ex)) {
            log.debug("Request does not bind to the Bronto contract: {}", ex.getClass().getSimpleName());
            faults.write(response, FaultCode.INVALID_REQUEST, FaultCode.INVALID_REQUEST.message());
        } else {
            log.error("Sandbox failed on a request", ex);
            faults.write(response, FaultCode.UNKNOWN_ERROR, FaultCode.UNKNOWN_ERROR.message());
        }
        return true;
    }

    /** Written straight to the servlet response: a 503 carries no SOAP envelope, as Bronto's load balancer sent none. */
    private static void answerServiceUnavailable() {
        HttpServletResponse response = ((HttpServletConnection) TransportContextHolder.getTransportContext().getConnection())
                .getHttpServletResponse();
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(SERVICE_UNAVAILABLE);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isUnreadableRequest(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JAXBException || cause instanceof XMLStreamException || cause instanceof SAXException
                    || cause instanceof TransformerException
                    || cause instanceof WebServiceMessageException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
