package io.retentionflow.bronto.sandbox;

import org.springframework.core.Ordered;
import org.springframework.ws.context.MessageContext;
import org.springframework.ws.server.EndpointInvocationChain;
import org.springframework.ws.server.EndpointMapping;
import org.springframework.ws.server.endpoint.MethodEndpoint;

/**
 * The last mapping consulted: a payload no endpoint claims (unknown operation, wrong namespace, empty body) gets
 * fault 107, as Bronto answered, instead of Spring-WS's HTTP 404.
 */
public class UnknownOperationEndpointMapping implements EndpointMapping, Ordered {

    private final EndpointInvocationChain rejection;

    public UnknownOperationEndpointMapping() throws NoSuchMethodException {
        this.rejection = new EndpointInvocationChain(
                new MethodEndpoint(this, UnknownOperationEndpointMapping.class.getMethod("reject", MessageContext.class)));
    }

    @Override
    public EndpointInvocationChain getEndpoint(MessageContext messageContext) {
        return rejection;
    }

    /** Invoked as the endpoint of every unmapped request. */
    public void reject(MessageContext messageContext) {
        throw new SandboxFault(FaultCode.INVALID_REQUEST, "Unknown operation.");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
