package dev.cxkit.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.cxkit.core.Agent;
import dev.cxkit.core.Money;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.VariantCheck;

/**
 * Agent attrition for a period of days {@code [from, to)}, with mean tenure and replacement cost
 * from the same pass over {@link Agent}s. The variant is the period, for example
 * {@code 2026-01-01/2026-04-01}.
 *
 * <ul>
 *   <li>{@link #result()}, id {@code cx.kpi.attrition}: leavers / average headcount × 365 / period
 *       days, unit {@link KpiUnit#RATIO} (annualised, so it may exceed 1). Leavers are agents whose
 *       {@link Agent#leftOn()} (last working day) lies in the period. Average headcount = (headcount
 *       at start + headcount at end) / 2, where the start headcount is the agents employed on
 *       {@code from} and the end headcount those hired before {@code to} and not gone by then
 *       ({@code leftOn} absent or ≥ {@code to}). The count is the number of agents employed at any
 *       time in the period.</li>
 *   <li>{@link #tenureResult()}, id {@code cx.kpi.tenure}: mean tenure of the end headcount measured
 *       on {@code to}, in months of 30.436875 days (365.2425 / 12), unit {@link KpiUnit#MONTHS}.</li>
 *   <li>{@link #replacementCost(Money)}: leavers × cost per hire, as {@link Money};
 *       {@link #replacementCostResult(Money)} gives the same as a {@link KpiValue}, id
 *       {@code cx.kpi.replacement_cost}, unit {@link KpiUnit#MONEY}, whose double is for display only.</li>
 * </ul>
 *
 * <p>Edge cases: agents not employed at any time in the period are counted in
 * {@link #outsidePeriodCount()}; a zero average headcount or an empty end headcount gives an empty
 * value. Counts are exact integers, so shards combine exactly.
 *
 * <p>Source: docs/kpis.md (attrition) and §3 (30–45 % a year, USD 10–20 k per replacement, tenure
 * 13–15 months, article 002); the average-headcount convention is the usual HR one.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class Attrition implements KpiAccumulator<Agent, Attrition> {

    /** The id of the annualised attrition rate. */
    public static final String ID = "cx.kpi.attrition";
    /** The id of the mean tenure. */
    public static final String TENURE_ID = "cx.kpi.tenure";
    /** The id of the replacement cost. */
    public static final String REPLACEMENT_COST_ID = "cx.kpi.replacement_cost";
    /** Days per average Gregorian month, used to express tenure in months. */
    public static final double DAYS_PER_MONTH = 365.2425 / 12;

    private final LocalDate from;
    private final LocalDate to;
    private long inPeriod;
    private long headcountStart;
    private long headcountEnd;
    private long leavers;
    private long tenureDaysSum;
    private long outsidePeriod;

    private Attrition(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Creates an empty accumulator for a period.
     *
     * @param from first day of the period
     * @param to the day after the last day of the period
     * @return the accumulator
     * @throws IllegalArgumentException if the period is empty
     */
    public static Attrition create(LocalDate from, LocalDate to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The attrition period [" + from + ", " + to + ") is empty."
                    + "\nMaybe from and to were swapped?");
        }
        return new Attrition(from, to);
    }

    /**
     * Adds one agent.
     *
     * @param agent the agent
     */
    @Override
    public void accept(Agent agent) {
        Checks.notNull(agent, "agent");
        LocalDate left = agent.leftOn();
        boolean employedInPeriod = agent.hiredOn().isBefore(to) && (left == null || !left.isBefore(from));
        if (!employedInPeriod) {
            outsidePeriod++;
            return;
        }
        inPeriod++;
        if (agent.isEmployedOn(from)) {
            headcountStart++;
        }
        if (left == null || !left.isBefore(to)) {
            headcountEnd++;
            tenureDaysSum += ChronoUnit.DAYS.between(agent.hiredOn(), to);
        } else {
            leavers++;
        }
    }

    @Override
    public Attrition combine(Attrition other) {
        VariantCheck.requireSame(ID, variant(), other.variant());
        inPeriod += other.inPeriod;
        headcountStart += other.headcountStart;
        headcountEnd += other.headcountEnd;
        leavers += other.leavers;
        tenureDaysSum += other.tenureDaysSum;
        outsidePeriod += other.outsidePeriod;
        return this;
    }

    /**
     * The annualised attrition rate.
     *
     * @return leavers / average headcount × 365 / period days; empty if the average headcount is zero
     */
    @Override
    public KpiValue result() {
        long twiceAverage = headcountStart + headcountEnd;
        if (twiceAverage == 0) {
            return KpiValue.empty(ID, variant(), inPeriod, KpiUnit.RATIO);
        }
        double days = ChronoUnit.DAYS.between(from, to);
        return KpiValue.of(ID, variant(), 2.0 * leavers / twiceAverage * 365.0 / days, inPeriod, KpiUnit.RATIO);
    }

    /**
     * The mean tenure of the agents employed at the end of the period.
     *
     * @return months, empty if nobody was employed at the end
     */
    public KpiValue tenureResult() {
        return headcountEnd == 0 ? KpiValue.empty(TENURE_ID, variant(), 0, KpiUnit.MONTHS)
                : KpiValue.of(TENURE_ID, variant(), (double) tenureDaysSum / headcountEnd / DAYS_PER_MONTH,
                        headcountEnd, KpiUnit.MONTHS);
    }

    /**
     * What replacing the period's leavers costs.
     *
     * @param costPerHire the cost of hiring and training one agent, not negative
     * @return leavers × cost per hire, exact
     * @throws IllegalArgumentException if {@code costPerHire} is negative
     */
    public Money replacementCost(Money costPerHire) {
        Checks.notNull(costPerHire, "costPerHire");
        if (costPerHire.isNegative()) {
            throw new IllegalArgumentException("The costPerHire (" + costPerHire + ") is negative.");
        }
        return costPerHire.times(leavers);
    }

    /**
     * The replacement cost as a KPI value for scorecards; the exact amount is {@link #replacementCost(Money)}.
     *
     * @param costPerHire the cost of hiring and training one agent, not negative
     * @return a value in the currency's major units (display only), variant the currency code, count the leavers
     * @throws IllegalArgumentException if {@code costPerHire} is negative
     */
    public KpiValue replacementCostResult(Money costPerHire) {
        BigDecimal amount = replacementCost(costPerHire).amount();
        return KpiValue.of(REPLACEMENT_COST_ID, costPerHire.currency().getCurrencyCode(), amount.doubleValue(), leavers,
                KpiUnit.MONEY);
    }

    /**
     * Leavers in the period.
     *
     * @return their number
     */
    public long leaverCount() {
        return leavers;
    }

    /**
     * Agents not employed at any time in the period, excluded from every value.
     *
     * @return their number
     */
    public long outsidePeriodCount() {
        return outsidePeriod;
    }

    private String variant() {
        return from + "/" + to;
    }
}
