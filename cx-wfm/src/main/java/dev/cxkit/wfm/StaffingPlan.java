package dev.cxkit.wfm;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.cxkit.core.Money;
import dev.cxkit.core.internal.Checks;

/**
 * A schedule-ready staffing plan for one series: per interval the forecast, the agents needed and
 * the heads to schedule; totals per local day; the peak interval; the cost. It keeps the forecast's
 * method and backtest so that no plan is shown without the accuracy it rests on. Immutable.
 *
 * @param key the series key
 * @param interval the interval length
 * @param zone the zone of the daily totals
 * @param config the staffing settings used
 * @param method the forecast method used
 * @param backtest the forecast's backtest
 * @param rows one row per forecast interval, in time order
 * @param days totals per local day, in date order
 */
public record StaffingPlan(String key, Duration interval, ZoneId zone, PlanConfig config, String method,
        Backtest backtest, List<PlanRow> rows, List<DailyTotal> days) {

    /** Validates and copies. */
    public StaffingPlan {
        Checks.notNull(key, "key");
        Checks.notNull(interval, "interval");
        Checks.notNull(zone, "zone");
        Checks.notNull(config, "config");
        Checks.notNull(method, "method");
        Checks.notNull(backtest, "backtest");
        rows = List.copyOf(rows);
        days = List.copyOf(days);
    }

    /**
     * The interval with the most scheduled heads (the earliest on a tie).
     *
     * @return the peak row, empty for an empty plan
     */
    public Optional<PlanRow> peak() {
        PlanRow best = null;
        for (PlanRow row : rows) {
            if (best == null || row.scheduledHeads() > best.scheduledHeads()) {
                best = row;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The contacts expected over the plan.
     *
     * @return Σ forecast contacts
     */
    public double totalContacts() {
        double total = 0;
        for (PlanRow row : rows) {
            total += row.forecastContacts();
        }
        return total;
    }

    /**
     * The scheduled head-hours over the plan.
     *
     * @return Σ heads × interval hours, exact
     */
    public BigDecimal scheduledHeadHours() {
        BigDecimal total = BigDecimal.ZERO;
        for (DailyTotal day : days) {
            total = total.add(day.scheduledHeadHours());
        }
        return total;
    }

    /**
     * The cost of the plan: the sum of the row costs.
     *
     * @return the cost, empty without an hourly rate
     */
    public Optional<Money> totalCost() {
        Money rate = config.hourlyRate();
        if (rate == null) {
            return Optional.empty();
        }
        Money total = Money.zero(rate.currency());
        for (DailyTotal day : days) {
            if (day.cost() != null) {
                total = total.plus(day.cost());
            }
        }
        return Optional.of(total);
    }
}
