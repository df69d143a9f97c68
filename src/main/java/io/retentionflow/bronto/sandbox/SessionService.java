package io.retentionflow.bronto.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.retentionflow.bronto.BrontoProperties;
import io.retentionflow.bronto.soap.SessionHeader;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ws.soap.SoapHeaderElement;

/**
 * Bronto's sessions: login with the account's API token opens one (several may be open at once), every call keeps it
 * alive, and one idle for {@code sandbox.session-idle-timeout} of sandbox time is gone (fault 103). Sessions live in
 * the database so any node accepts a session another node opened. The token is never logged or echoed.
 */
@Service
@Profile("sandbox")
public class SessionService {

    private final JdbcClient jdbc;
    private final SandboxClock clock;
    private final SandboxProperties properties;
    private final byte[] apiToken;
    private final JAXBContext headerContext;

    /** The token is the client's ({@link BrontoProperties}, from the environment or its file): one token, both sides. */
    public SessionService(JdbcClient jdbc, SandboxClock clock, SandboxProperties properties, BrontoProperties bronto)
            throws JAXBException {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.apiToken = bronto.hasApiToken() ? bronto.apiToken().getBytes(StandardCharsets.UTF_8) : new byte[0];
        this.headerContext = JAXBContext.newInstance(SessionHeader.class);
    }

    @Transactional
    public String login(String token) {
        boolean valid = apiToken.length > 0 && token != null
                && MessageDigest.isEqual(apiToken, token.trim().getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            throw new SandboxFault(FaultCode.INVALID_TOKEN);
        }
        OffsetDateTime now = clock.now();
        jdbc.sql("delete from sandbox_session where last_used_at <= :idleSince")
                .param("idleSince", now.minus(properties.sessionIdleTimeout()))
                .update();
        String sessionId = UUID.randomUUID().toString();
        jdbc.sql("insert into sandbox_session (session_id, last_used_at) values (:id, :now)")
                .param("id", sessionId)
                .param("now", now)
                .update();
        return sessionId;
    }

    /** Fails with 103 unless the header names a live session; a live one is kept alive by this call. */
    @Transactional
    public void requireSession(SoapHeaderElement header) {
        String sessionId = sessionIdOf(header);
        OffsetDateTime now = clock.now();
        int touched = jdbc.sql("update sandbox_session set last_used_at = :now where session_id = :id and last_used_at > :idleSince")
                .param("now", now)
                .param("id", sessionId)
                .param("idleSince", now.minus(properties.sessionIdleTimeout()))
                .update();
        if (touched == 0) {
            throw new SandboxFault(FaultCode.INVALID_SESSION_TOKEN);
        }
    }

    @Transactional
    public void logout(SoapHeaderElement header) {
        requireSession(header);
        jdbc.sql("delete from sandbox_session where session_id = :id").param("id", sessionIdOf(header)).update();
    }

    private String sessionIdOf(SoapHeaderElement header) {
        if (header == null) {
            throw new SandboxFault(FaultCode.INVALID_SESSION_TOKEN);
        }
        try {
            SessionHeader session = headerContext.createUnmarshaller().unmarshal(header.getSource(), SessionHeader.class).getValue();
            if (session == null || session.getSessionId() == null || session.getSessionId().isBlank()) {
                throw new SandboxFault(FaultCode.INVALID_SESSION_TOKEN);
            }
            return session.getSessionId().trim();
        } catch (JAXBException e) {
            throw new SandboxFault(FaultCode.INVALID_SESSION_TOKEN);
        }
    }
}
