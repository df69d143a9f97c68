package io.retentionflow.bronto;

import io.retentionflow.bronto.soap.Login;
import io.retentionflow.bronto.soap.LoginResponse;
import io.retentionflow.bronto.soap.ObjectFactory;
import io.retentionflow.bronto.soap.SessionHeader;
import jakarta.xml.bind.JAXBElement;
import java.io.IOException;
import java.util.function.Supplier;
import javax.xml.transform.Source;
import org.springframework.oxm.XmlMappingException;
import org.springframework.oxm.jaxb.Jaxb2Marshaller;
import org.springframework.ws.WebServiceException;
import org.springframework.ws.WebServiceMessage;
import org.springframework.ws.client.core.WebServiceMessageCallback;
import org.springframework.ws.client.core.WebServiceTemplate;
import org.springframework.ws.soap.SoapMessage;
import org.springframework.ws.support.MarshallingUtils;

/**
 * One SOAP call to Bronto with a session: borrows a session (signing in when none is idle), puts
 * it in the {@code sessionHeader}, and on fault 103 signs in again and repeats the call once.
 * Every failure leaves as a {@link BrontoException}. Every exchange with Bronto, logins included,
 * is measured by {@link BrontoCalls}.
 */
final class BrontoSoapTransport {

    private static final ObjectFactory SOAP = new ObjectFactory();

    private final WebServiceTemplate template;
    private final Jaxb2Marshaller marshaller;
    private final BrontoSessionPool sessions;
    private final BrontoFaultTranslator faults;
    private final String apiToken;
    private final BrontoCalls calls;

    BrontoSoapTransport(
            WebServiceTemplate template, Jaxb2Marshaller marshaller, BrontoSessionPool sessions,
            BrontoFaultTranslator faults, String apiToken, BrontoCalls calls) {
        this.template = template;
        this.marshaller = marshaller;
        this.sessions = sessions;
        this.faults = faults;
        this.apiToken = apiToken;
        this.calls = calls;
    }

    /** Sends {@code request} in a session and returns the value of the response wrapper. */
    <T> T call(String operation, JAXBElement<?> request, Class<T> responseType) {
        try {
            return callIn(sessions.borrow(this::login), operation, request, responseType);
        } catch (BrontoAuthenticationException e) {
            if (e.code() != BrontoErrorCode.INVALID_SESSION_TOKEN.code()) {
                throw e;
            }
        }
        // The session expired between borrowing and use: a new one, and the call once more.
        return callIn(login(), operation, request, responseType);
    }

    /** Any answer but 103 leaves the session valid, so it goes back to the pool; a 103 drops it. */
    private <T> T callIn(String session, String operation, JAXBElement<?> request, Class<T> responseType) {
        try {
            T response = send(operation, request, session, responseType);
            sessions.giveBack(session);
            return response;
        } catch (BrontoException e) {
            if (e.code() != BrontoErrorCode.INVALID_SESSION_TOKEN.code()) {
                sessions.giveBack(session);
            }
            throw e;
        }
    }

    /** Signs in and keeps the session for the next call. */
    void signIn() {
        sessions.giveBack(login());
    }

    /** Signs in for a new session; the token goes only into the login request's body. */
    private String login() {
        return calls.measure("login", () -> {
            if (apiToken == null || apiToken.isBlank()) {
                throw new BrontoAuthenticationException(BrontoErrorCode.INVALID_TOKEN.code(),
                        "No Bronto API token is configured (bronto.api-token)", null);
            }
            Login login = new Login();
            login.setApiToken(apiToken);
            LoginResponse response = unwrap("login",
                    sendSafely("login", () -> exchange(SOAP.createLogin(login), message -> { })),
                    LoginResponse.class);
            if (response.getReturn() == null || response.getReturn().isBlank()) {
                throw new BrontoUnavailableException(0, "Bronto's login answer holds no session id", null);
            }
            return response.getReturn();
        });
    }

    private <T> T send(String operation, JAXBElement<?> request, String sessionId, Class<T> responseType) {
        return calls.measure(operation, () -> unwrap(operation,
                sendSafely(operation, () -> exchange(request, withSession(sessionId))),
                responseType));
    }

    /**
     * What {@code marshalSendAndReceive} does, but the answer's payload is unmarshalled from the bytes received, not
     * from SAAJ's DOM of them: the template's {@link StreamingResponseMessageFactory} makes every answer a
     * {@link StreamingResponseMessageFactory.StreamedAnswer}.
     */
    private Object exchange(JAXBElement<?> request, WebServiceMessageCallback header) {
        return template.sendAndReceive(message -> {
            MarshallingUtils.marshal(marshaller, request, message);
            header.doWithMessage(message);
        }, this::unmarshal);
    }

    private Object unmarshal(WebServiceMessage response) throws IOException {
        Source payload = ((StreamingResponseMessageFactory.StreamedAnswer) response).streamedPayload();
        return payload == null ? null : marshaller.unmarshal(payload);
    }

    private Object sendSafely(String operation, Supplier<Object> exchange) {
        try {
            return exchange.get();
        } catch (WebServiceException | XmlMappingException e) {
            throw faults.translate(operation, e);
        }
    }

    private WebServiceMessageCallback withSession(String sessionId) {
        return message -> {
            SessionHeader header = new SessionHeader();
            header.setSessionId(sessionId);
            try {
                marshaller.marshal(SOAP.createSessionHeader(header), ((SoapMessage) message).getSoapHeader().getResult());
            } catch (XmlMappingException e) {
                throw new IOException("cannot write the session header", e);
            }
        };
    }

    private static <T> T unwrap(String operation, Object response, Class<T> responseType) {
        Object value = response instanceof JAXBElement<?> element ? element.getValue() : response;
        if (!responseType.isInstance(value)) {
            throw new BrontoUnavailableException(0, "Bronto answered %s with %s instead of %s".formatted(
                    operation, value == null ? "nothing" : value.getClass().getSimpleName(), responseType.getSimpleName()),
                    null);
        }
        return responseType.cast(value);
    }
}
