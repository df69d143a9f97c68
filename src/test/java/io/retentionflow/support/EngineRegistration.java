package io.retentionflow.support;

import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Camunda's web apps and REST API find the engine by name in a registry of the whole JVM. Spring keeps several
 * test contexts alive at once, each with an engine named {@code default}; when it closes one to make room, that
 * engine's removal takes the name from the registry, and the web apps of a context still running answer
 * "Process engine default not available". A test that signs in to the web apps registers its engine again.
 */
public final class EngineRegistration {

    private EngineRegistration() {}

    public static void ensureRegistered(ProcessEngine engine) {
        ProcessEngine registered = BpmPlatform.getProcessEngineService().getProcessEngine(engine.getName());
        if (registered != engine) {
            RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
            if (registered != null) {
                container.unregisterProcessEngine(registered);
            }
            container.registerProcessEngine(engine);
        }
    }
}
