package io.retentionflow.modeling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The model's rules as beans, so a business can replace the lifecycle thresholds in one place. */
@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

    @Bean
    LifecycleRules lifecycleRules() {
        return new LifecycleRules(LifecycleThresholds.defaults());
    }
}
