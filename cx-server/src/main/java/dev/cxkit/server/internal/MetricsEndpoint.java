package dev.cxkit.server.internal;

import java.nio.charset.StandardCharsets;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * {@code GET /metrics}: every meter of the registry in the Prometheus text exposition format (version
 * 0.0.4): cxkit's decision, finding and KPI meters ({@link dev.cxkit.micrometer.CxMetrics}), the HTTP
 * requests the server answered ({@code http.server.requests}) and the JVM's own.
 */
final class MetricsEndpoint {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    MetricsEndpoint(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    Reply scrape(Exchange exchange) {
        return new Reply(200, registry.scrape(CONTENT_TYPE).getBytes(StandardCharsets.UTF_8),
                java.util.Map.of("Content-Type", CONTENT_TYPE));
    }
}
