package io.retentionflow.bronto.sandbox;

import java.util.Arrays;

import org.springframework.ws.context.MessageContext;
import org.springframework.ws.server.SmartEndpointInterceptor;
import org.springframework.ws.server.endpoint.MethodEndpoint;
import org.springframework.ws.soap.SoapMessage;
import org.springframework.ws.soap.server.endpoint.annotation.SoapHeader;

/**
 * A call that needs a session but whose envelope has no Header at all is fault 103. Without this, Spring-WS's
 * {@code @SoapHeader} argument resolver fails with a NullPointerException on such an envelope.
 */
public class MissingSessionHeaderInterceptor implements SmartEndpointInterceptor {

    @Override
    public boolean shouldIntercept(MessageContext messageContext, Object endpoint) {
        return endpoint instanceof MethodEndpoint method
                && Arrays.stream(method.getMethodParameters()).anyMatch(parameter -> parameter.hasParameterAnnotation(SoapHeader.class));
    }

    @Override
    public boolean handleRequest(MessageContext messageContext, Object endpoint) {
        if (((SoapMessage) messageContext.getRequest()).getSoapHeader() == null) {
            throw new SandboxFault(FaultCode.INVALID_SESSION_TOKEN);
        }
        return true;
    }

    @Override
    public boolean handleResponse(MessageContext messageContext, Object endpoint) {
        return true;
    }

    @Override
    public boolean handleFault(MessageContext messageContext, Object endpoint) {
        return true;
    }

    @Override
    public void afterCompletion(MessageContext messageContext, Object endpoint, Exception ex) {
        // nothing to release
    }
}
