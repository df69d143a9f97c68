package io.retentionflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * One sign-in for the product's pages and Camunda's web apps: someone signed in on the product's login page opens
 * Tasklist or Cockpit as that Camunda user, with the groups and rights Camunda gives them, without a second login
 * (whose own session handling would sign them out of the product's pages). Without a product sign-in, Camunda's
 * own login page works as before, for anyone who starts in Tasklist or Cockpit. Signing out in Tasklist or Cockpit
 * ends the whole session: otherwise the next page of Camunda's would sign the same person in again.
 */
class ProductSignOn extends ContainerBasedAuthenticationFilter {

    private static final Pattern CAMUNDA_LOGOUT = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/logout");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getUserPrincipal() == null) {
            chain.doFilter(request, response);
        } else if ("POST".equals(http.getMethod())
                && CAMUNDA_LOGOUT.matcher(http.getRequestURI().substring(http.getContextPath().length())).matches()) {
            chain.doFilter(request, response);
            HttpSession session = http.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        } else {
            super.doFilter(request, response, chain);
        }
    }
}
