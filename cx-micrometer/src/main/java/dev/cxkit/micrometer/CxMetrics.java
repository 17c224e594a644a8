package dev.cxkit.micrometer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import dev.cxkit.kpi.Dimension;
import dev.cxkit.kpi.GroupedKpiValue;
import dev.cxkit.kpi.KpiUnit;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.rules.spi.DecisionLog;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes cxkit's decisions, KPIs and audit findings to Micrometer, so that a helpdesk's existing
 * dashboards and alerts (Prometheus, Datadog, …) see them.
 *
 * <pre>{@code
 * CxMetrics metrics = CxMetrics.create();
 * metrics.bindTo(meterRegistry);
 * PolicyEngine engine = PolicyEngine.builder(policy).decisionLog(metrics.around(DecisionLog.slf4j())).build();
 * metrics.update(kpiSet.results());          // after each KPI window, for example every 15 minutes
 * findings.forEach(metrics::record);        // as the audit reports them
 * }</pre>
 *
 * <p>Meters, with lowercase dotted ids and bounded tags (never a customer, agent or interaction id:
 * those would give one time series per person):
 * <ul>
 *   <li>{@value #DECISIONS}, a counter of decisions, tags {@code outcome} ({@code ALLOWED},
 *       {@code NEEDS_APPROVAL}, {@code DENIED}), {@code action}, {@code tier}, {@code segment} and
 *       {@code channel};</li>
 *   <li>one gauge per KPI id of docs/cli.md ({@code cx.kpi.fcr}, {@code cx.kpi.service_level}, …)
 *       holding the last value given to {@link #update}, tags {@code variant} (the KPI variant, or
 *       {@value #DEFAULT_VARIANT}), {@code channel} and {@code team} ({@value #ALL} for a value over
 *       every channel or team); rates are fractions in [0, 1], times are in seconds (base unit
 *       {@code seconds}); a KPI with nothing to measure reads {@code NaN}, as Micrometer expects of a
 *       gauge without a value;</li>
 *   <li>{@value #FINDINGS}, a counter of audit findings, tags {@code code} and {@code severity}.</li>
 * </ul>
 *
 * <p>The counts and values live in this object and the registries read them, so decisions and
 * findings recorded before {@link #bindTo} are not lost, and one instance can be bound to several
 * registries. Counters are Micrometer function counters (monotonic, cumulative).
 *
 * <p>Thread-safety: every method may be called from any thread. Recording a decision or a finding
 * is lock-free (one concurrent-map lookup and a {@link LongAdder} increment); only the first
 * occurrence of a tag combination, and binding, take a lock to register the meter.
 */
public final class CxMetrics implements MeterBinder, DecisionLog {

    /** The id of the decision counter. */
    public static final String DECISIONS = "cx.decisions";
    /** The id of the audit findings counter. */
    public static final String FINDINGS = "cx.audit.findings";
    /** The {@code channel} or {@code team} tag value of a KPI over all channels or teams. */
    public static final String ALL = "all";
    /** The {@code variant} tag value of a KPI value with the default (empty) variant. */
    public static final String DEFAULT_VARIANT = "default";

    private static final String CHANNEL = Dimension.CHANNEL.key();
    private static final String TEAM = Dimension.TEAM.key();
    private static final Set<String> KPI_TAG_KEYS = Set.of(CHANNEL, TEAM);

    /** The value of one KPI gauge; read by the registries, written by {@link #update}. */
    private static final class KpiGauge {
        private volatile double value = Double.NaN;

        double value() {
            return value;
        }
    }

    private record GaugeKey(String id, KpiUnit unit, Tags tags) {
    }

    private final Object registration = new Object();
    private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
    private final Map<Tags, LongAdder> decisions = new ConcurrentHashMap<>();
    private final Map<Tags, LongAdder> findings = new ConcurrentHashMap<>();
    private final Map<GaugeKey, KpiGauge> gauges = new ConcurrentHashMap<>();

    /** Tags added to every meter, as Micrometer's own binders take them ({@code new JvmMemoryMetrics(tags)}). */
    private final Tags commonTags;

    private CxMetrics(Tags commonTags) {
        this.commonTags = commonTags;
    }

    /**
     * Creates a binder with no counts and no KPI values yet.
     *
     * @return the binder
     */
    public static CxMetrics create() {
        return new CxMetrics(Tags.empty());
    }

    /**
     * Creates a binder whose meters all carry extra tags, the way Micrometer's own binders take them
     * (for example {@code new JvmMemoryMetrics(Tags.of("service", "refunds"))}): to tell apart two
     * services, sites or tenants in one registry. A registry's own common tags
     * ({@code registry.config().commonTags(...)}) apply as well.
     *
     * @param tags the extra tags; a key that one of this binder's meters sets itself ({@code outcome},
     *     {@code action}, {@code tier}, {@code segment}, {@code channel}, {@code team}, {@code variant},
     *     {@code code}, {@code severity}) is overridden there by the meter's own value
     * @return the binder
     */
    public static CxMetrics create(Iterable<Tag> tags) {
        Objects.requireNonNull(tags, "tags");
        return new CxMetrics(Tags.of(tags));
    }

    /**
     * Registers every meter known so far with a registry, and every later one as it appears.
     * Binding the same registry twice has no further effect.
     *
     * @param registry the registry
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        synchronized (registration) {
            if (registries.contains(registry)) {
                return;
            }
            registries.add(registry);
            decisions.forEach((tags, count) -> registerDecisions(registry, tags, count));
            findings.forEach((tags, count) -> registerFindings(registry, tags, count));
            gauges.forEach((key, gauge) -> registerGauge(registry, key, gauge));
        }
    }

    /**
     * Counts one decision in {@value #DECISIONS}; the {@link DecisionLog} method, so this binder can
     * be given to {@code PolicyEngine.Builder.decisionLog} as it is. Reads only the request's bounded
     * fields (action, tier, segment, channel), never its ids.
     *
     * @param request what was asked
     * @param decision what was decided
     */
    @Override
    public void record(DecisionRequest request, Decision decision) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(decision, "decision");
        Tags tags = Tags.of("outcome", decision.outcome().name(), "action", request.action().name(),
                "tier", request.agentTier().name(), "segment", request.segment().name(),
                "channel", request.channel().name());
        registered(decisions, tags, LongAdder::new, (registry, count) -> registerDecisions(registry, tags, count))
                .increment();
    }

    /**
     * A decision log that counts each decision here and then passes it to another log.
     *
     * @param delegate the log to pass decisions on to, for example {@code DecisionLog.slf4j()}
     * @return the decorating log; thread-safe if the delegate is
     */
    public DecisionLog around(DecisionLog delegate) {
        Objects.requireNonNull(delegate, "delegate");
        return (request, decision) -> {
            record(request, decision);
            delegate.record(request, decision);
        };
    }

    /**
     * Counts one audit finding in {@value #FINDINGS}, tags {@code code} and {@code severity}.
     *
     * @param finding the finding
     */
    public void record(AuditFinding finding) {
        Objects.requireNonNull(finding, "finding");
        Tags tags = Tags.of("code", finding.code().name(), "severity", finding.severity().name());
        registered(findings, tags, LongAdder::new, (registry, count) -> registerFindings(registry, tags, count))
                .increment();
    }

    /**
     * Sets the gauge of a KPI over all channels and teams ({@code channel} and {@code team} tags
     * {@value #ALL}).
     *
     * @param value the KPI value; an empty value sets the gauge to {@code NaN}
     */
    public void update(KpiValue value) {
        update(value, Map.of());
    }

    /**
     * Sets the gauge of a KPI for one channel and/or team.
     *
     * @param value the KPI value; an empty value sets the gauge to {@code NaN}
     * @param tags {@code channel} and/or {@code team} to their values, as in
     *     {@link GroupedKpiValue#tags()}; a missing key means {@value #ALL}
     * @throws IllegalArgumentException if a tag key is neither {@code channel} nor {@code team}
     */
    public void update(KpiValue value, Map<String, String> tags) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(tags, "tags");
        for (String key : tags.keySet()) {
            if (!KPI_TAG_KEYS.contains(key)) {
                throw new IllegalArgumentException("The tag (" + key + ") of KPI " + value.id()
                        + " is not published; only channel and team are.\nMaybe group the KpiSet by Dimension.CHANNEL "
                        + "and/or Dimension.TEAM only? Agents, weeks and reasons would give too many time series.");
            }
        }
        Tags gaugeTags = Tags.of("variant", value.variant().isEmpty() ? DEFAULT_VARIANT : value.variant(),
                CHANNEL, tags.getOrDefault(CHANNEL, ALL), TEAM, tags.getOrDefault(TEAM, ALL));
        GaugeKey key = new GaugeKey(value.id(), value.unit(), gaugeTags);
        KpiGauge gauge = registered(gauges, key, KpiGauge::new, (registry, created) -> registerGauge(registry, key, created));
        gauge.value = value.value().orElse(Double.NaN);
    }

    /**
     * Sets the gauges of many KPI values, for example all {@code KpiSet.results()} of a set grouped
     * by channel and/or team. Gauges not among the values keep their last value.
     *
     * @param values the values with their group tags
     * @throws IllegalArgumentException if a value carries a tag other than {@code channel} or
     *     {@code team}; values before it have been applied
     */
    public void update(Collection<GroupedKpiValue> values) {
        Objects.requireNonNull(values, "values");
        for (GroupedKpiValue value : values) {
            update(value.value(), value.tags());
        }
    }

    /**
     * The meter state for a key, created and registered with every bound registry on first use.
     * The fast path is one lock-free lookup; creation holds the lock that {@link #bindTo} holds, so
     * no registry misses a meter.
     */
    private <K, V> V registered(Map<K, V> meters, K key, Supplier<V> create, BiConsumer<MeterRegistry, V> register) {
        V meter = meters.get(key);
        if (meter != null) {
            return meter;
        }
        synchronized (registration) {
            meter = meters.get(key);
            if (meter == null) {
                V created = create.get();
                meters.put(key, created);
                registries.forEach(registry -> register.accept(registry, created));
                meter = created;
            }
            return meter;
        }
    }

    private void registerDecisions(MeterRegistry registry, Tags tags, LongAdder count) {
        FunctionCounter.builder(DECISIONS, count, LongAdder::doubleValue).tags(commonTags).tags(tags)
                .description("Empowerment decisions of the cxkit policy engine, by outcome").register(registry);
    }

    private void registerFindings(MeterRegistry registry, Tags tags, LongAdder count) {
        FunctionCounter.builder(FINDINGS, count, LongAdder::doubleValue).tags(commonTags).tags(tags)
                .description("Mistakes found by the cxkit audit, by code and severity").register(registry);
    }

    private void registerGauge(MeterRegistry registry, GaugeKey key, KpiGauge gauge) {
        Gauge.Builder<KpiGauge> builder = Gauge.builder(key.id(), gauge, KpiGauge::value).tags(commonTags).tags(key.tags())
                .description("cxkit KPI " + key.id() + " (docs/kpis.md), the last value given");
        if (key.unit() == KpiUnit.SECONDS) {
            builder.baseUnit("seconds");
        }
        builder.strongReference(true).register(registry);
    }
}
