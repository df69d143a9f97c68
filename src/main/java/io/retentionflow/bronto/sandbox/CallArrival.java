package io.retentionflow.bronto.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When a call reached the sandbox: Bronto counts an upload against its pace when it arrives, not once its
 * 5,000 contacts have been parsed, which on a busy machine takes a good part of a second. Taken as the request
 * comes in and kept for the thread that serves it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("sandbox")
class CallArrival {

    private static final ThreadLocal<Instant> ARRIVED = new ThreadLocal<>();

    /** The arrival of the call this thread serves; empty outside a SOAP call. */
    static Optional<Instant> ofCurrentCall() {
        return Optional.ofNullable(ARRIVED.get());
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> callArrivalFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                ARRIVED.set(Instant.now());
                try {
                    chain.doFilter(request, response);
                } finally {
                    ARRIVED.remove();
                }
            }
        });
        registration.addUrlPatterns("/sandbox/bronto/*");
        return registration;
    }
}
