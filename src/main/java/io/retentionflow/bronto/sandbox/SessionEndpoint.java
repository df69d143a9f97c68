package io.retentionflow.bronto.sandbox;

import io.retentionflow.bronto.soap.Login;
import io.retentionflow.bronto.soap.LoginResponse;
import io.retentionflow.bronto.soap.Logout;
import io.retentionflow.bronto.soap.LogoutResponse;
import io.retentionflow.bronto.soap.ObjectFactory;
import jakarta.xml.bind.JAXBElement;
import org.springframework.context.annotation.Profile;
import org.springframework.ws.server.endpoint.annotation.Endpoint;
import org.springframework.ws.server.endpoint.annotation.PayloadRoot;
import org.springframework.ws.server.endpoint.annotation.RequestPayload;
import org.springframework.ws.server.endpoint.annotation.ResponsePayload;
import org.springframework.ws.soap.SoapHeaderElement;
import org.springframework.ws.soap.server.endpoint.annotation.SoapHeader;

/** login and logout. */
@Endpoint
@Profile("sandbox")
public class SessionEndpoint {

    private final SessionService sessions;
    private final ObjectFactory objects = new ObjectFactory();

    public SessionEndpoint(SessionService sessions) {
        this.sessions = sessions;
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "login")
    @ResponsePayload
    public JAXBElement<LoginResponse> login(@RequestPayload JAXBElement<Login> request) {
        LoginResponse response = objects.createLoginResponse();
        response.setReturn(sessions.login(request.getValue().getApiToken()));
        return objects.createLoginResponse(response);
    }

    @PayloadRoot(namespace = BrontoNamespace.URI, localPart = "logout")
    @ResponsePayload
    public JAXBElement<LogoutResponse> logout(@RequestPayload JAXBElement<Logout> request,
            @SoapHeader(BrontoNamespace.SESSION_HEADER) SoapHeaderElement sessionHeader) {
        sessions.logout(sessionHeader);
        LogoutResponse response = objects.createLogoutResponse();
        response.setReturn(new WriteResultBuilder().success(null, false).build());
        return objects.createLogoutResponse(response);
    }
}
