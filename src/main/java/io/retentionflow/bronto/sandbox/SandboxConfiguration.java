package io.retentionflow.bronto.sandbox;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
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
    WebServiceMessageReceiverHandlerAdapter invalidXmlFaultHandlerAdapter(ApiExceptionFaultWriter faults,
            StreamingAnswerMessageFactory messageFactory) {
        InvalidXmlFaultHandlerAdapter adapter = new InvalidXmlFaultHandlerAdapter(faults);
        // the adapter will not start without one; the servlet sets its own on it again as it starts: the bean below
        adapter.setMessageFactory(messageFactory);
        return adapter;
    }

    /** Picked up by name by the MessageDispatcherServlet as its factory for requests and answers. */
    @Bean(name = MessageDispatcherServlet.DEFAULT_MESSAGE_FACTORY_BEAN_NAME)
    StreamingAnswerMessageFactory messageFactory() {
        return new StreamingAnswerMessageFactory();
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
