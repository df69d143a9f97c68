package io.retentionflow.bronto;

import io.retentionflow.bronto.soap.ApiException;
import jakarta.xml.bind.JAXBElement;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.oxm.Unmarshaller;
import org.springframework.ws.client.WebServiceIOException;
import org.springframework.ws.client.WebServiceTransportException;
import org.springframework.ws.soap.SoapFault;
import org.springframework.ws.soap.SoapFaultDetail;
import org.springframework.ws.soap.SoapFaultDetailElement;
import org.springframework.ws.soap.client.SoapFaultClientException;

/**
 * Turns whatever went wrong on the wire into the product's {@link BrontoException}s, carrying
 * Bronto's code and message. The code comes from the fault's {@code ApiException} detail, or
 * else from the fault string, which Bronto starts with "N: ". The API token is cut out of every
 * message, in case an answer echoes it.
 */
final class BrontoFaultTranslator {

    private static final Pattern CODE_PREFIX = Pattern.compile("^\\s*(\\d{3,4})\\s*:");

    private final Unmarshaller unmarshaller;
    private final String apiToken;

    BrontoFaultTranslator(Unmarshaller unmarshaller, String apiToken) {
        this.unmarshaller = unmarshaller;
        this.apiToken = apiToken;
    }

    BrontoException translate(String operation, RuntimeException failure) {
        if (failure instanceof SoapFaultClientException fault) {
            return fromFault(operation, fault);
        }
        if (failure instanceof WebServiceTransportException transport) {
            return new BrontoUnavailableException(
                    0, "Bronto answered %s with %s".formatted(operation, redact(transport.getMessage())), failure);
        }
        if (failure instanceof WebServiceIOException io) {
            return new BrontoUnavailableException(0, describeIoFailure(operation, io.getCause()), failure);
        }
        return new BrontoUnavailableException(
                0, "Bronto's answer to %s is not the v4 contract: %s".formatted(operation, redact(failure.getMessage())),
                failure);
    }

    private BrontoException fromFault(String operation, SoapFaultClientException fault) {
        String faultString = redact(fault.getFaultStringOrReason());
        int code = detailCode(fault.getSoapFault()).or(() -> prefixCode(faultString)).orElse(0);
        String message = "Bronto refused %s: %s".formatted(operation, faultString);
        // no cause: the fault's own message is the unredacted fault string
        if (code == 0) {
            return new BrontoUnavailableException(0, message, null);
        }
        return switch (BrontoErrorCode.kindOf(code)) {
            case RETRY_LATER -> new BrontoUnavailableException(code, message, null);
            case AUTHENTICATION, SESSION_EXPIRED -> new BrontoAuthenticationException(code, message, null);
            case END_OF_QUERY, REJECTED -> new BrontoRejectedException(code, message);
        };
    }

    private Optional<Integer> detailCode(SoapFault fault) {
        SoapFaultDetail detail = fault == null ? null : fault.getFaultDetail();
        if (detail == null) {
            return Optional.empty();
        }
        for (Iterator<SoapFaultDetailElement> entries = detail.getDetailEntries(); entries.hasNext(); ) {
            SoapFaultDetailElement entry = entries.next();
            if (!"ApiException".equals(entry.getName().getLocalPart())) {
                continue;
            }
            try {
                Object detailObject = unmarshaller.unmarshal(entry.getSource());
                if (detailObject instanceof JAXBElement<?> element && element.getValue() instanceof ApiException api) {
                    return Optional.ofNullable(api.getErrorCode());
                }
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> prefixCode(String faultString) {
        Matcher matcher = CODE_PREFIX.matcher(faultString == null ? "" : faultString);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private String describeIoFailure(String operation, Throwable cause) {
        if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
            return "Bronto did not answer %s in time".formatted(operation);
        }
        if (cause instanceof ConnectException) {
            return "Bronto is unreachable for %s: %s".formatted(operation, redact(cause.getMessage()));
        }
        return "Bronto's connection failed during %s: %s"
                .formatted(operation, cause == null ? "unknown I/O error" : redact(String.valueOf(cause.getMessage())));
    }

    String redact(String text) {
        if (text == null || apiToken == null || apiToken.isBlank()) {
            return text;
        }
        return text.replace(apiToken, "[api token]");
    }
}
