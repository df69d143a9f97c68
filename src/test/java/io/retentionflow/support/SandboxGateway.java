package io.retentionflow.support;

import io.retentionflow.bronto.BrontoClientConfiguration;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoProperties;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The application's own Bronto client pointed at the sandbox on the random port, which is known only once the
 * server runs: the real client is built on the first call, after start-up, and every call goes over HTTP.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SandboxGateway {

    @Bean
    @Primary
    BrontoGateway sandboxBrontoGateway(Environment environment, BrontoProperties properties) {
        AtomicReference<BrontoGateway> client = new AtomicReference<>();
        return (BrontoGateway) Proxy.newProxyInstance(BrontoGateway.class.getClassLoader(),
                new Class<?>[] {BrontoGateway.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(this, args);
                    }
                    BrontoGateway target = client.updateAndGet(existing -> existing != null ? existing
                            : BrontoClientConfiguration.createClient(new BrontoProperties(
                                    URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port")
                                            + "/sandbox/bronto/v4"),
                                    properties.apiToken(), Duration.ofSeconds(2), Duration.ofSeconds(30)),
                                    Clock.systemUTC()));
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
