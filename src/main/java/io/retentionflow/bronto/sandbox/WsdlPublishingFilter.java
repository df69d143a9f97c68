package io.retentionflow.bronto.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves {@code GET …/v4?wsdl} as Bronto did, from the committed WSDL, with the service address rewritten to the URL
 * the caller used, so a client generated from it calls this sandbox. MessageDispatcherServlet only knows
 * {@code …/name.wsdl}, hence a filter in front of it.
 */
public class WsdlPublishingFilter extends OncePerRequestFilter {

    private static final Pattern SOAP_ADDRESS = Pattern.compile("(<soap:address\\s+location=\")[^\"]*(\")");

    private final String wsdl;

    public WsdlPublishingFilter(Resource wsdl) {
        try {
            this.wsdl = wsdl.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The Bronto WSDL is not on the classpath", e);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) && "wsdl".equalsIgnoreCase(request.getQueryString()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        // the Host header is the caller's to choose: escape it before it goes into an attribute
        String address = HtmlUtils.htmlEscape(request.getRequestURL().toString());
        response.setContentType(MediaType.TEXT_XML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(SOAP_ADDRESS.matcher(wsdl).replaceFirst("$1" + Matcher.quoteReplacement(address) + "$2"));
    }
}
