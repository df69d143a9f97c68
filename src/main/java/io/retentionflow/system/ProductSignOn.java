package io.retentionflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * One sign-in for the product's pages and Camunda's web apps: someone signed in on the product's login page opens
 * Tasklist or Cockpit as that Camunda user, with the groups and rights Camunda gives them, without a second login
 * (whose own session handling would sign them out of the product's pages). Without a product sign-in, Camunda's
 * own login page works as before, for anyone who starts in Tasklist or Cockpit.
 */
class ProductSignOn extends ContainerBasedAuthenticationFilter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (((HttpServletRequest) request).getUserPrincipal() == null) {
            chain.doFilter(request, response);
        } else {
            super.doFilter(request, response, chain);
        }
    }
}
