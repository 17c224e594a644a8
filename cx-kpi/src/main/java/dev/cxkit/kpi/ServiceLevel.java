package dev.cxkit.kpi;

import java.time.Duration;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.VariantCheck;

/**
 * Service level, id {@code cx.kpi.service_level}: the share of contacts answered within a threshold
 * T, by one of the five standard formulas ({@link ServiceLevelFormula}; the variant is its name,
 * {@code formula1} … {@code formula5}).
 *
 * <p>Each contact is classified once by its queue wait ({@link Interaction#queueWait()}): answered
 * within T (wait ≤ T) or after; abandoned within S (a short abandon, wait ≤ S), within T, or after
 * T. The formulas, with O = answered + abandoned:
 * <ol>
 *   <li>(A≤T + B≤T) / O</li>
 *   <li>A≤T / A</li>
 *   <li>A≤T / O</li>
 *   <li>A≤T / (A + B&gt;T)</li>
 *   <li>(A≤T + B≤S) / O</li>
 * </ol>
 * With {@link ServiceLevelConfig#excludeShortAbandons()} short abandons are removed from O and from
 * B≤T (so formula 5 equals formula 3 on the remaining contacts); they are still counted in
 * {@link #shortAbandonCount()}. The result's count is the formula's denominator. Unit
 * {@link KpiUnit#RATIO}.
 *
 * <p>An abandon whose wait is not recorded ({@link InteractionFact#ABANDON_WAIT}) is not a short
 * abandon. Formulas 3 and 5 need only that: it counts in O and as missed. Formulas 1 and 4 need to
 * know whether it came within T: they leave it out, so their count is lower by
 * {@link #unknownWaitCount()}; formula 2 ignores abandons anyway.
 *
 * <p>Edge cases: every interaction given is an offered contact, so feed only the queue being
 * measured (usually live channels); a zero denominator (no contact, or formula 2 with nothing
 * answered) gives an empty value. {@link #result(ServiceLevelFormula)} computes any of the five
 * from the same counts.
 *
 * <p>Source: docs/kpis.md (service level); the five formulas as given by ICMI and COPC guidance
 * on service-level calculation; short-abandon default 5 s from docs/audit-catalog.md.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class ServiceLevel implements KpiAccumulator<Interaction, ServiceLevel> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.service_level";

    private final ServiceLevelConfig config;
    private long answeredWithin;
    private long answeredAfter;
    private long abandonedShort;
    private long abandonedWithin;
    private long abandonedAfter;
    private long abandonedUnknownWait;

    private ServiceLevel(ServiceLevelConfig config) {
        this.config = config;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param config threshold, formula and short-abandon handling
     * @return the accumulator
     */
    public static ServiceLevel create(ServiceLevelConfig config) {
        return new ServiceLevel(Checks.notNull(config, "config"));
    }

    /**
     * Creates an empty accumulator with {@link ServiceLevelConfig#ofDefaults()}.
     *
     * @return the accumulator
     */
    public static ServiceLevel create() {
        return create(ServiceLevelConfig.ofDefaults());
    }

    /**
     * Classifies one offered contact.
     *
     * @param interaction the contact
     */
    @Override
    public void accept(Interaction interaction) {
        Duration wait = interaction.queueWait();
        if (wait == null) {
            acceptAbandonWithUnknownWait();
        } else {
            acceptWait(wait, !interaction.isAbandoned());
        }
    }

    /**
     * Counts one abandon whose wait is not known (see the class description for how each formula
     * treats it).
     */
    public void acceptAbandonWithUnknownWait() {
        abandonedUnknownWait++;
    }

    /**
     * Classifies one offered contact from a source without full interactions.
     *
     * @param wait the queue wait until answer or hang-up, not negative
     * @param answered whether it was answered
     * @throws IllegalArgumentException if {@code wait} is negative
     */
    public void acceptWait(Duration wait, boolean answered) {
        Checks.nonNegative(wait, "queue wait", "offered contact");
        if (answered) {
            if (wait.compareTo(config.threshold()) <= 0) {
                answeredWithin++;
            } else {
                answeredAfter++;
            }
        } else if (wait.compareTo(config.shortAbandon()) <= 0) {
            abandonedShort++;
        } else if (wait.compareTo(config.threshold()) <= 0) {
            abandonedWithin++;
        } else {
            abandonedAfter++;
        }
    }

    @Override
    public ServiceLevel combine(ServiceLevel other) {
        VariantCheck.requireSame(ID, config, other.config);
        answeredWithin += other.answeredWithin;
        answeredAfter += other.answeredAfter;
        abandonedShort += other.abandonedShort;
        abandonedWithin += other.abandonedWithin;
        abandonedAfter += other.abandonedAfter;
        abandonedUnknownWait += other.abandonedUnknownWait;
        return this;
    }

    /**
     * The service level by the configured formula.
     *
     * @return a ratio in [0, 1]; empty for a zero denominator
     */
    @Override
    public KpiValue result() {
        return result(config.formula());
    }

    /**
     * The service level by any of the five formulas, from the same counts and the configured
     * thresholds.
     *
     * @param formula the formula
     * @return a ratio in [0, 1] whose variant names the formula; empty for a zero denominator
     */
    public KpiValue result(ServiceLevelFormula formula) {
        Checks.notNull(formula, "formula");
        long shortKept = config.excludeShortAbandons() ? 0 : abandonedShort;
        long answered = answeredWithin + answeredAfter;
        long offered = answered + shortKept + abandonedWithin + abandonedAfter;
        String variant = formula.variantName();
        return switch (formula) {
            case FORMULA1 -> KpiValue.ratio(ID, variant, answeredWithin + shortKept + abandonedWithin, offered);
            case FORMULA2 -> KpiValue.ratio(ID, variant, answeredWithin, answered);
            case FORMULA3 -> KpiValue.ratio(ID, variant, answeredWithin, offered + abandonedUnknownWait);
            case FORMULA4 -> KpiValue.ratio(ID, variant, answeredWithin, answered + abandonedAfter);
            case FORMULA5 -> KpiValue.ratio(ID, variant, answeredWithin + shortKept, offered + abandonedUnknownWait);
        };
    }

    /**
     * Abandons within the short-abandon threshold (whether or not they are excluded from offered).
     *
     * @return their number
     */
    public long shortAbandonCount() {
        return abandonedShort;
    }

    /**
     * Abandons whose wait is not recorded.
     *
     * @return their number
     */
    public long unknownWaitCount() {
        return abandonedUnknownWait;
    }

    /**
     * The config this accumulator was created with.
     *
     * @return the config
     */
    public ServiceLevelConfig config() {
        return config;
    }
}
