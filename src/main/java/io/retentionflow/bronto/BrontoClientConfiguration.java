package io.retentionflow.bronto;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.retentionflow.bronto.soap.ObjectFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.oxm.jaxb.Jaxb2Marshaller;
import org.springframework.ws.client.core.WebServiceTemplate;
import org.springframework.ws.transport.http.JdkHttpClientMessageSender;

/** The Bronto client: endpoint, timeouts and token from {@link BrontoProperties}; nothing is called at start-up. */
@Configuration(proxyBeanMethods = false)
public class BrontoClientConfiguration {

    /**
     * How long the JDK's HTTP client keeps an idle connection for reuse: 1,200 s by default, far longer than servers
     * keep theirs (Tomcat, the sandbox's server, closes one idle for 60 s). Uploads come in bursts a minute apart, so
     * the next burst took connections the server was closing and some calls failed with no answer ("header parser
     * received no bytes"), each costing the batch a retry and its minute. The JDK reads this once per JVM, when its
     * first client is made: this class sets it unless the JVM was started with it, before making its client.
     */
    static final String KEEP_ALIVE_PROPERTY = "jdk.httpclient.keepalive.timeout";
    static final String KEEP_ALIVE_SECONDS = "20";

    static {
        if (System.getProperty(KEEP_ALIVE_PROPERTY) == null) {
            System.setProperty(KEEP_ALIVE_PROPERTY, KEEP_ALIVE_SECONDS);
        }
    }

    /**
     * An endpoint on port 0 is this server's own, on the random port it listens on (the sandbox
     * under a test with {@code server.port=0}): that port is known only once the server runs, so the
     * client is then built on its first call.
     */
    @Bean
    BrontoGateway brontoGateway(BrontoProperties properties, Environment environment, BrontoCalls calls) {
        if (properties.endpoint().getPort() != 0) {
            return createClient(properties, Clock.systemUTC(), calls);
        }
        Supplier<BrontoGateway> onOwnPort = () -> createClient(properties.onPort(
                environment.getRequiredProperty("local.server.port", Integer.class)), Clock.systemUTC(), calls);
        return deferred(onOwnPort);
    }

    private static BrontoGateway deferred(Supplier<BrontoGateway> client) {
        AtomicReference<BrontoGateway> built = new AtomicReference<>();
        return (BrontoGateway) Proxy.newProxyInstance(BrontoGateway.class.getClassLoader(),
                new Class<?>[] {BrontoGateway.class}, (proxy, method, arguments) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(built, arguments);
                    }
                    try {
                        return method.invoke(built.updateAndGet(existing -> existing != null ? existing : client.get()),
                                arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Also used by tests that point a client at a sandbox or a WireMock on a port known only at run time;
     * their calls are measured in a registry of their own.
     */
    public static BrontoSoapClient createClient(BrontoProperties properties, Clock clock) {
        return createClient(properties, clock, new BrontoCalls(new SimpleMeterRegistry(), clock));
    }

    public static BrontoSoapClient createClient(BrontoProperties properties, Clock clock, BrontoCalls calls) {
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

        WebServiceTemplate template = new WebServiceTemplate(new StreamingResponseMessageFactory());
        template.setDefaultUri(properties.endpoint().toString());
        template.setMessageSender(sender);

        BrontoFaultTranslator faults = new BrontoFaultTranslator(marshaller, properties.apiToken());
        BrontoSoapTransport transport = new BrontoSoapTransport(
                template, marshaller, new BrontoSessionPool(clock), faults, properties.apiToken(), calls);
        return new BrontoSoapClient(transport);
    }
}
