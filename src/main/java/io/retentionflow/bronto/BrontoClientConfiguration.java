package io.retentionflow.bronto;

import io.retentionflow.bronto.soap.ObjectFactory;
import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.oxm.jaxb.Jaxb2Marshaller;
import org.springframework.ws.client.core.WebServiceTemplate;
import org.springframework.ws.transport.http.JdkHttpClientMessageSender;

/** The Bronto client: endpoint, timeouts and token from {@link BrontoProperties}; nothing is called at start-up. */
@Configuration(proxyBeanMethods = false)
public class BrontoClientConfiguration {

    @Bean
    BrontoGateway brontoGateway(BrontoProperties properties) {
        return createClient(properties, Clock.systemUTC());
    }

    /** Also used by tests that point a client at a sandbox or a WireMock on a port known only at run time. */
    public static BrontoSoapClient createClient(BrontoProperties properties, Clock clock) {
        Jaxb2Marshaller marshaller = new Jaxb2Marshaller();
        marshaller.setPackagesToScan(ObjectFactory.class.getPackageName());
        try {
            marshaller.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("the Bronto JAXB classes do not load", e);
        }

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkHttpClientMessageSender sender = new JdkHttpClientMessageSender(http);
        sender.setRequestTimeout(properties.readTimeout());

        WebServiceTemplate template = new WebServiceTemplate(marshaller);
        template.setDefaultUri(properties.endpoint().toString());
        template.setMessageSender(sender);

        BrontoFaultTranslator faults = new BrontoFaultTranslator(marshaller, properties.apiToken());
        BrontoSoapTransport transport = new BrontoSoapTransport(
                template, marshaller, new BrontoSessionPool(clock), faults, properties.apiToken());
        return new BrontoSoapClient(transport);
    }
}
