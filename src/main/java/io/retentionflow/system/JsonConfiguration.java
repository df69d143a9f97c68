package io.retentionflow.system;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON as the product reads and writes it. Read strictly: a number or a boolean where the API wants text, text or
 * a fraction where it wants a whole number, is the client's mistake and a 400, not a value to convert.
 * <p>
 * Written: a number that cannot be known yet (a rate over zero deliveries, the interval of an empty group) is NaN
 * in the product's records and {@code null} in its JSON: NaN is not JSON, and Jackson's default, the string
 * "NaN", would break every client that expects a number.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictTypes() {
        return builder -> builder
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

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
