package io.retentionflow.customers;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * The upload limit. Spring Boot's default (1 MB per file) would refuse any real customer file; this bean takes
 * the place of Boot's own multipart configuration, so the limit is set with {@code imports.max-upload-size}.
 * Uploads are written to disk as they arrive (threshold 0), never held in memory; one over the limit is refused by
 * its length before it is read ({@link UploadSizeLimitFilter}).
 */
@Configuration(proxyBeanMethods = false)
class ImportsConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(ImportProperties properties) {
        DataSize max = properties.maxUploadSize();
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(max);
        // room beside the file for the form's other fields (the CSRF token)
        factory.setMaxRequestSize(DataSize.ofBytes(max.toBytes() + DataSize.ofMegabytes(1).toBytes()));
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        return factory.createMultipartConfig();
    }

    /**
     * Reads a multipart body when a controller asks for its file, not before one is chosen: a body that is no
     * multipart upload then fails where the API's and the pages' error handlers answer it (400), not as a 500.
     */
    @Bean
    StandardServletMultipartResolver multipartResolver() {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
        resolver.setResolveLazily(true);
        return resolver;
    }

    @Bean
    FilterRegistrationBean<UploadSizeLimitFilter> uploadSizeLimit(ImportProperties properties, ObjectMapper json) {
        FilterRegistrationBean<UploadSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadSizeLimitFilter(properties.maxUploadSize(), json));
        registration.addUrlPatterns("/imports/*", "/api/imports/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
