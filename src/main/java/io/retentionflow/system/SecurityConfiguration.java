package io.retentionflow.system;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. The product's pages and API need a login, checked against Camunda's users
 * (one user store for the product, Tasklist and Cockpit). Camunda's web apps keep their own login
 * and CSRF protection; its REST API takes HTTP Basic with the same users; the Bronto sandbox's SOAP
 * endpoint is guarded, like Bronto, by its API token, while its clock and upload record, which
 * can change what every campaign sees, need a login like any page.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Paths whose protection is not Spring Security's: Camunda's own, or the sandbox's token. */
    @Bean
    @Order(1)
    SecurityFilterChain selfGuardedPaths(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(anyOf("/camunda/**", "/engine-rest/**", "/sandbox/bronto/**", "/actuator/health/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                // Tasklist shows the template preview in an iFrame of this origin
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain productPages(HttpSecurity http, CamundaUserAuthenticationProvider camundaUsers)
            throws Exception {
        return http
                .authenticationProvider(camundaUsers)
                .authorizeHttpRequests(requests -> requests
                        // an error page for a path guarded elsewhere (a 401 of the engine's REST API) stays that error
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(anyOf("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error"))
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(Customizer.withDefaults())
                // CSRF rides on a browser's session cookie: a request without a session, or carrying its own
                // credentials, cannot be forged that way (and one without any credentials gets a plain 401)
                .csrf(csrf -> csrf.ignoringRequestMatchers(request ->
                        request.getRequestedSessionId() == null || request.getHeader("Authorization") != null))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /**
     * Path patterns over the whole application, not only Spring MVC's servlet: Camunda's web apps,
     * its REST API and the sandbox's SOAP endpoint are served by servlets and filters of their own.
     */
    private static RequestMatcher anyOf(String... patterns) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).map(paths::matcher).toArray(RequestMatcher[]::new));
    }

    /** Camunda's REST API is open by default in the Spring Boot starter; here it asks for a Camunda user. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
