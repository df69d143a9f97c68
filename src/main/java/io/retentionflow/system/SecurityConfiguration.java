package io.retentionflow.system;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. The product's pages and API need a login, checked against Camunda's users
 * (one user store for the product, Tasklist and Cockpit), and a {@link ProductRole}: marketers work on the
 * pages and their API, operators run the operations endpoints, admins do both. Camunda's web apps take the product's
 * sign-in ({@link ProductSignOn}) or their own login, and keep their CSRF protection and Camunda's authorizations
 * ({@link CamundaGroups}); its REST API takes HTTP Basic
 * with the same users and the same authorizations; the Bronto sandbox's SOAP endpoint is guarded, like Bronto,
 * by its API token, while its clock and upload record, which can change what every campaign sees, are for operators.
 * Without a login, only the login page and {@code /actuator/health} answer.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String ENGINE_LIST = "/engine-rest/engine";

    /**
     * Paths whose protection is not Spring Security's: Camunda's own, or the sandbox's token. Camunda's REST API
     * lists its engines to anyone; that one path is left to the chain below, which wants a login for it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain selfGuardedPaths(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(new AndRequestMatcher(anyOf("/camunda/**", "/engine-rest/**", "/sandbox/bronto/**"),
                        new NegatedRequestMatcher(anyOf(ENGINE_LIST))))
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
                        // for load balancers without a login; here, not in the chain above, so that a signed-in
                        // operator is known to the health endpoint and sees its details
                        .requestMatchers(anyOf("/actuator/health", "/actuator/health/**")).permitAll()
                        .requestMatchers(anyOf("/api/nightly-run", "/api/contact-sync", "/sandbox/control/**", "/actuator/**"))
                        .hasAnyRole(ProductRole.OPERATOR.name(), ProductRole.ADMIN.name())
                        // the account's connection and how to set its token, for those who hold the account
                        .requestMatchers(anyOf("/bronto-connection", "/bronto-connection/**"))
                        .hasRole(ProductRole.ADMIN.name())
                        // marketers start a run for a campaign planned late; operators watch the runs
                        .requestMatchers(anyOf("/nightly-runs")).hasAnyRole(ProductRole.MARKETER.name(),
                                ProductRole.OPERATOR.name(), ProductRole.ADMIN.name())
                        // the home page links to what each may use; the sandbox's page only reads what "Bronto" holds
                        .requestMatchers(anyOf("/", "/bronto-sandbox", ENGINE_LIST)).authenticated()
                        .anyRequest().hasAnyRole(ProductRole.MARKETER.name(), ProductRole.ADMIN.name()))
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // A 401 without "WWW-Authenticate: Basic": a browser never shows its own password dialog, so it never
                // keeps credentials it would then add by itself to a forged request (which the CSRF rule below would let
                // pass). API clients send their credentials unasked.
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
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

    /**
     * The product's sign-in carries over into Camunda's web apps. Ordered after Spring Security's filters, which
     * give the request its signed-in user, and before Camunda's own, which read the session this fills.
     */
    @Bean
    FilterRegistrationBean<ProductSignOn> productSignOn() {
        FilterRegistrationBean<ProductSignOn> registration = new FilterRegistrationBean<>(new ProductSignOn());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
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
