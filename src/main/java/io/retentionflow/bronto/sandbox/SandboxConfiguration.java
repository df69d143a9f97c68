package io.retentionflow.bronto.sandbox;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.ws.soap.saaj.SaajSoapMessageFactory;
import org.springframework.ws.transport.http.MessageDispatcherServlet;
import org.springframework.ws.transport.http.WebServiceMessageReceiverHandlerAdapter;

/** Wires the Bronto sandbox into Spring-WS and the servlet container; everything here exists only in the sandbox. */
@Configuration(proxyBeanMethods = false)
@Profile("sandbox")
public class SandboxConfiguration {

    /** The SOAP endpoint's path under {@code spring.webservices.path}, as Bronto's {@code https://api.bronto.com/v4}. */
    static final String ENDPOINT_PATH = "/v4";

    @Bean(initMethod = "migrate")
    SandboxSchemaMigration sandboxSchemaMigration(DataSource dataSource) {
        return new SandboxSchemaMigration(dataSource);
    }

    @Bean
    SandboxExceptionResolver sandboxExceptionResolver(ApiExceptionFaultWriter faults) {
        return new SandboxExceptionResolver(faults);
    }

    /** Picked up by name by the MessageDispatcherServlet, replacing its default. */
    @Bean(name = MessageDispatcherServlet.DEFAULT_MESSAGE_RECEIVER_HANDLER_ADAPTER_BEAN_NAME)
    WebServiceMessageReceiverHandlerAdapter invalidXmlFaultHandlerAdapter(ApiExceptionFaultWriter faults) {
        InvalidXmlFaultHandlerAdapter adapter = new InvalidXmlFaultHandlerAdapter(faults);
        // the servlet's own SAAJ factory is not a bean; this one is the same kind, kept private to the adapter
        SaajSoapMessageFactory messageFactory = new SaajSoapMessageFactory();
        messageFactory.afterPropertiesSet();
        adapter.setMessageFactory(messageFactory);
        return adapter;
    }

    @Bean
    UnknownOperationEndpointMapping unknownOperationEndpointMapping() throws NoSuchMethodException {
        return new UnknownOperationEndpointMapping();
    }

    @Bean
    MissingSessionHeaderInterceptor missingSessionHeaderInterceptor() {
        return new MissingSessionHeaderInterceptor();
    }

    @Bean
    FilterTypeInterceptor filterTypeInterceptor() {
        return new FilterTypeInterceptor();
    }

    @Bean
    FilterRegistrationBean<WsdlPublishingFilter> wsdlPublishingFilter(
            @Value("${spring.webservices.path}") String webServicesPath) {
        FilterRegistrationBean<WsdlPublishingFilter> registration =
                new FilterRegistrationBean<>(new WsdlPublishingFilter(new ClassPathResource("wsdl/bronto-v4.wsdl")));
        registration.addUrlPatterns(webServicesPath + ENDPOINT_PATH);
        return registration;
    }
}
