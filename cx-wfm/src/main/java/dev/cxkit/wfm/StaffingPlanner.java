package dev.cxkit.wfm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import dev.cxkit.core.Money;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.staffing.ErlangA;
import dev.cxkit.kpi.staffing.ErlangAResult;
import dev.cxkit.kpi.staffing.ErlangC;
import dev.cxkit.kpi.staffing.ErlangCResult;
import dev.cxkit.kpi.staffing.ServiceLevelTarget;
import dev.cxkit.kpi.staffing.StaffingTarget;
import dev.cxkit.kpi.staffing.TrafficLoad;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Forecast} into a {@link StaffingPlan}: for each interval the fewest agents that
 * meet the target by Erlang C or Erlang A ({@code dev.cxkit.kpi.staffing}, the same code as
 * {@code cx staffing} for one interval), the heads to schedule after shrinkage, the model's service
 * level, ASA, occupancy and abandonment, the cost at the hourly rate; then totals per local day and
 * the peak. Immutable and thread-safe.
 *
 * <p>Per interval: offered load {@code A = forecast contacts / interval length × AHT}; an interval
 * that expects no contact needs no agent. The plan staffs the point forecast; to staff for the upper
 * end of the prediction interval instead, plan a forecast whose contacts are the upper ends.
 */
public final class StaffingPlanner {

    private final PlanConfig config;

    private StaffingPlanner(PlanConfig config) {
        this.config = Checks.notNull(config, "config");
    }

    /**
     * A planner.
     *
     * @param config model, target, shrinkage, occupancy cap, rate
     * @return the planner
     */
    public static StaffingPlanner create(PlanConfig config) {
        return new StaffingPlanner(config);
    }

    /**
     * Plans every interval of a forecast.
     *
     * @param forecast the forecast
     * @return the plan
     * @throws IllegalArgumentException if an interval expects contacts but neither the forecast nor
     *         the configuration gives a handle time
     */
    public StaffingPlan plan(Forecast forecast) {
        Checks.notNull(forecast, "forecast");
        Duration length = forecast.interval();
        List<PlanRow> rows = new ArrayList<>(forecast.intervals().size());
        Map<LocalDate, double[]> days = new LinkedHashMap<>();
        Map<LocalDate, Money> dayCosts = new LinkedHashMap<>();
        Money rate = config.hourlyRate();
        for (ForecastInterval interval : forecast.intervals()) {
            PlanRow row = row(forecast.key(), interval, length);
            rows.add(row);
            LocalDate date = LocalDate.ofInstant(interval.start(), forecast.zone());
            double[] day = days.computeIfAbsent(date, d -> new double[3]);
            day[0] += row.forecastContacts();
            day[1] += (double) row.scheduledHeads() * length.getSeconds();
            day[2] = Math.max(day[2], row.scheduledHeads());
            if (rate != null && row.cost() != null) {
                dayCosts.merge(date, row.cost(), Money::plus);
            }
        }
        List<DailyTotal> totals = new ArrayList<>();
        for (Map.Entry<LocalDate, double[]> e : days.entrySet()) {
            double[] d = e.getValue();
            BigDecimal hours = BigDecimal.valueOf((long) d[1]).divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros();
            if (hours.scale() < 0) {
                hours = hours.setScale(0, RoundingMode.UNNECESSARY);
            }
            @Nullable Money cost = rate == null ? null : dayCosts.getOrDefault(e.getKey(), Money.zero(rate.currency()));
            totals.add(new DailyTotal(e.getKey(), d[0], hours, (int) d[2], cost));
        }
        return new StaffingPlan(forecast.key(), length, forecast.zone(), config, forecast.method(),
                forecast.backtest(), rows, totals);
    }

    private PlanRow row(String key, ForecastInterval interval, Duration length) {
        double contacts = interval.contacts();
        if (!(contacts > 0)) {
            return new PlanRow(interval.start(), contacts, interval.lower(), interval.upper(), null, 0, 0,
                    OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    config.isErlangA() ? OptionalDouble.of(0) : OptionalDouble.empty(), cost(0, length));
        }
        Duration aht = interval.averageHandleTime() != null ? interval.averageHandleTime()
                : config.defaultAverageHandleTime();
        if (aht == null) {
            throw new IllegalArgumentException("The interval " + interval.start() + " of series (" + key + ") expects "
                    + contacts + " contacts but has no handle time.\nMaybe set PlanConfig.defaultAverageHandleTime?");
        }
        TrafficLoad load = TrafficLoad.perInterval(contacts, length);
        Duration patience = config.patience();
        if (patience == null) {
            ErlangCResult r = ErlangC.of(load, aht).agentsFor(target(), config.options());
            return new PlanRow(interval.start(), contacts, interval.lower(), interval.upper(), aht, r.agents(),
                    r.scheduledAgents(), OptionalDouble.of(r.serviceLevel()),
                    OptionalDouble.of(r.averageSpeedOfAnswerSeconds()), OptionalDouble.of(r.occupancy()),
                    OptionalDouble.empty(), cost(r.scheduledAgents(), length));
        }
        ErlangAResult r = ErlangA.of(load, aht, patience).agentsFor(target(), config.options());
        return new PlanRow(interval.start(), contacts, interval.lower(), interval.upper(), aht, r.agents(),
                r.scheduledAgents(), OptionalDouble.of(r.serviceLevel()),
                OptionalDouble.of(r.averageSpeedOfAnswerSeconds()), OptionalDouble.of(r.occupancy()),
                OptionalDouble.of(r.probabilityOfAbandoning()), cost(r.scheduledAgents(), length));
    }

    /**
     * The target handed to the Erlang search. With an abandonment-only goal, a service-level target
     * that every staffing meets (a share of {@code Double.MIN_VALUE}) leaves the maximum abandonment
     * of the options as the only constraint.
     */
    private StaffingTarget target() {
        StaffingTarget target = config.target();
        return target != null ? target : ServiceLevelTarget.of(Double.MIN_VALUE, config.answerWithin());
    }

    private @Nullable Money cost(int heads, Duration length) {
        Money rate = config.hourlyRate();
        if (rate == null) {
            return null;
        }
        BigDecimal amount = rate.amount().multiply(BigDecimal.valueOf(heads))
                .multiply(BigDecimal.valueOf(length.getSeconds()))
                .divide(BigDecimal.valueOf(3600), Math.max(0, rate.currency().getDefaultFractionDigits()),
                        RoundingMode.HALF_EVEN);
        return Money.of(amount, rate.currency());
    }
}
