package io.retentionflow.customers;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The upload limit. Spring Boot's default (1 MB per file) would refuse any real customer file; this bean takes
 * the place of Boot's own multipart configuration, so the limit is set with {@code imports.max-upload-size}.
 * Uploads are written to disk as they arrive (threshold 0), never held in memory.
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
}
