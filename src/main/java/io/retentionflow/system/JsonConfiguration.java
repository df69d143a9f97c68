package io.retentionflow.system;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A number that cannot be known yet (a rate over zero deliveries, the interval of an empty group) is NaN
 * in the product's records and {@code null} in its JSON: NaN is not JSON, and Jackson's default, the string
 * "NaN", would break every client that expects a number.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    /** Spring Boot installs every module bean in its object mapper. */
    @Bean
    Module undefinedNumbersAsNull() {
        SimpleModule module = new SimpleModule("undefined-numbers-as-null");
        module.addSerializer(Double.class, new DefinedDoubleSerializer());
        module.addSerializer(double.class, new DefinedDoubleSerializer());
        return module;
    }

    private static final class DefinedDoubleSerializer extends StdSerializer<Double> {

        DefinedDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (value.isNaN() || value.isInfinite()) {
                json.writeNull();
            } else {
                json.writeNumber(value);
            }
        }
    }
}
