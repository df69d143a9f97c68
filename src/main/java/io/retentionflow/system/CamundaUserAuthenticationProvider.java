package io.retentionflow.system;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs people in with their Camunda user and password; their Camunda groups become authorities
 * {@code GROUP_<id>} (e.g. {@code GROUP_marketers}, {@code GROUP_camunda-admin}) and the {@link ProductRole}s
 * those groups carry ({@code ROLE_MARKETER} …), which decide the pages they reach.
 */
@Component
public class CamundaUserAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    public CamundaUserAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Wrong user name or password");
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        List<SimpleGrantedAuthority> authorities = Stream.concat(
                        groups.stream().map(id -> "GROUP_" + id),
                        ProductRole.of(groups).map(role -> "ROLE_" + role.name()))
                .map(SimpleGrantedAuthority::new)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
