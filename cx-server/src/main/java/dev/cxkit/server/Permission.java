package dev.cxkit.server;

import java.util.Locale;

/**
 * What an {@link ApiKeys API key} may do on a {@link HelpdeskServer}. {@code GET /health} needs none, so
 * that a load balancer or an orchestrator can probe it; every other endpoint needs one of these when the
 * server has API keys.
 */
public enum Permission {

    /** {@code POST /decisions}, {@code POST /audit} and {@code GET /kpis}: what a helpdesk integration calls. */
    DECIDE,

    /** {@code GET /decisions}: reading the decision log, for a compliance reviewer. */
    READ_DECISIONS,

    /** {@code POST /policy}: replacing the policy in force, for whoever owns the authority matrix. */
    CHANGE_POLICY,

    /** {@code GET /metrics}: the Prometheus scrape. */
    READ_METRICS;

    /**
     * The name used in an API key file: lowercase with hyphens, such as {@code read-decisions}.
     *
     * @return the file name of this permission
     */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
