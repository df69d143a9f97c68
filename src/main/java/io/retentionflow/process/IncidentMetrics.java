package io.retentionflow.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.retentionflow.system.MeterNames;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The open incidents Cockpit shows, as a gauge counted when it is read (a scrape): one {@code count(*)} over
 * the engine's incident table, which holds only what is unresolved, so each node's scrape costs one small
 * query. Incidents live in the shared database, so every node of a cluster reports the same number.
 */
@Component
class IncidentMetrics implements MeterBinder {

    private final RuntimeService runtime;

    IncidentMetrics(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(MeterNames.OPEN_INCIDENTS, runtime, engine -> engine.createIncidentQuery().count())
                .description("Open incidents in the process engine, the whole cluster's")
                .strongReference(true)
                .register(registry);
    }
}
