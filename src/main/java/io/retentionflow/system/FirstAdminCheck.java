package io.retentionflow.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start outside the sandbox profile without a real password for the first admin. Camunda's starter
 * creates that user from {@code camunda.bpm.admin-user} when it is missing, in groups with every right; a
 * default or guessable password there would be an open door. The sandbox's demo/demo is known to everyone and
 * meant to be; an empty password (CAMUNDA_ADMIN_PASSWORD set but empty) is refused there too. Runs before the
 * engine, so nothing is created first. Registered in META-INF/spring.factories.
 */
public class FirstAdminCheck implements EnvironmentPostProcessor {

    static final int MIN_PASSWORD_LENGTH = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String id = environment.getProperty("camunda.bpm.admin-user.id", "");
        String password = environment.getProperty("camunda.bpm.admin-user.password", "");
        if (environment.acceptsProfiles(Profiles.of("sandbox"))) {
            if (!id.isBlank() && password.isBlank()) {
                throw new IllegalStateException("camunda.bpm.admin-user.password (environment CAMUNDA_ADMIN_PASSWORD) "
                        + "is empty: leave it unset for the sandbox's demo password, or give one");
            }
            return;
        }
        if (id.isBlank()) {
            throw new IllegalStateException("camunda.bpm.admin-user.id (environment CAMUNDA_ADMIN_USER) is empty: "
                    + "name the first admin; only the sandbox profile has a demo login");
        }
        if (password.strip().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("camunda.bpm.admin-user.password (environment CAMUNDA_ADMIN_PASSWORD) "
                    + "must be set to a password of at least " + MIN_PASSWORD_LENGTH + " characters for the first admin '"
                    + id + "'; only the sandbox profile has the demo login demo/demo");
        }
    }
}
