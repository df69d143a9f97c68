package io.retentionflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RetentionFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(RetentionFlowApplication.class, args);
    }
}
