package io.retentionflow.bronto.sandbox;

import java.util.Set;

import javax.xml.transform.dom.DOMSource;
import org.springframework.ws.context.MessageContext;
import org.springframework.ws.server.SmartEndpointInterceptor;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Rejects a read whose filter type is neither AND nor OR with fault 112. It must look at the raw payload: JAXB binds an
 * unknown enumeration value to null, which would silently read as the default AND.
 */
public class FilterTypeInterceptor implements SmartEndpointInterceptor {

    private static final Set<String> FILTER_TYPES = Set.of("AND", "OR");

    @Override
    public boolean shouldIntercept(MessageContext messageContext, Object endpoint) {
        return messageContext.getRequest().getPayloadSource() instanceof DOMSource;
    }

    @Override
    public boolean handleRequest(MessageContext messageContext, Object endpoint) {
        Node payload = ((DOMSource) messageContext.getRequest().getPayloadSource()).getNode();
        Element filter = child(payload, "filter");
        Element type = filter == null ? null : child(filter, "type");
        if (type != null && !FILTER_TYPES.contains(type.getTextContent().trim())) {
            throw new SandboxFault(FaultCode.INVALID_FILTER_TYPE);
        }
        return true;
    }

    private static Element child(Node parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
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
