package io.retentionflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * Camunda's web apps and REST API find the engine by name in {@link ProcessEngines}, a registry of the whole
 * JVM. Spring keeps several test contexts alive at once, each with an engine named {@code default}; when it
 * closes one to make room, that engine's removal takes the name from the registry, and the web apps of a
 * context still running answer "Process engine default not available". A test that signs in to the web apps
 * registers its engine again.
 */
public final class EngineRegistration {

    private EngineRegistration() {}

    public static void ensureRegistered(ProcessEngine engine) {
        if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
            ProcessEngines.registerProcessEngine(engine);
        }
    }
}
