package dev.cxkit.server.internal;

import java.net.InetAddress;
import java.time.Duration;
import java.time.InstantSource;

import dev.cxkit.server.ContactAudit;
import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.StandardKpis;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.spi.DecisionLog;
import dev.cxkit.rules.spi.GrantLedger;
import org.jspecify.annotations.Nullable;

/**
 * What {@link dev.cxkit.server.HelpdeskServer.Builder} collected, checked there; see its
 * setters for the meaning and defaults of each value. Immutable.
 *
 * @param policy the policy in force at start
 * @param database where decisions and grants are recorded, or {@code null} for the in-memory service
 * @param grantLedger where granted amounts come from without a database
 * @param decisionLog where decisions are written before they are answered (after the database, if any)
 * @param contactAudit the audit behind {@code POST /audit}, or {@code null} for 501
 * @param allowDrlReload whether {@code POST /policy} accepts DRL and decision tables
 * @param bindAddress the address to listen on
 * @param port the port, 0 for a free one
 * @param maxRequestBytes the body limit of decisions and policy reloads
 * @param maxAuditRequestBytes the body limit of audits
 * @param threads the request threads
 * @param queueCapacity the requests that may wait for a thread
 * @param clock "now" for every decision: cap periods end at its instant
 * @param requestTimeTolerance how far a request's {@code at} may be from the clock
 * @param maxPolicyBytes the body limit of policy reloads
 * @param kpiConfig the running KPIs' configuration
 * @param scorecard the benchmarks of {@code GET /kpis}
 * @param transport timeouts, TLS, API keys, allowed hosts and origins, metrics
 */
public record ServerSettings(Policy policy, @Nullable CxDatabase database, GrantLedger grantLedger, DecisionLog decisionLog,
        @Nullable ContactAudit contactAudit, boolean allowDrlReload, InetAddress bindAddress, int port,
        int maxRequestBytes, long maxAuditRequestBytes, int threads, int queueCapacity, InstantSource clock,
        Duration requestTimeTolerance, int maxPolicyBytes, StandardKpis.Config kpiConfig, Scorecard scorecard,
        TransportSettings transport) {
}
