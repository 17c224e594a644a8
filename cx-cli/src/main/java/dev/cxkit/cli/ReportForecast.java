package dev.cxkit.cli;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import dev.cxkit.cli.report.HtmlReport;
import dev.cxkit.core.Interaction;
import dev.cxkit.wfm.Forecast;
import dev.cxkit.wfm.ForecastConfig;
import dev.cxkit.wfm.ForecastOutcome;
import dev.cxkit.wfm.Forecaster;
import dev.cxkit.wfm.IntervalAggregator;
import dev.cxkit.wfm.IntervalSeries;
import dev.cxkit.wfm.PlanConfig;
import dev.cxkit.wfm.StaffingPlan;
import dev.cxkit.wfm.StaffingPlanner;
import org.jspecify.annotations.Nullable;

/**
 * The report's "Forecast and staffing" panel (issue 23): all contacts counted per half-hour in the
 * team's zone as they are read, then a week's forecast by the backtested method (cx forecast's
 * defaults) and its Erlang C plan for 80 % within 20 s (cx plan's defaults).
 */
final class ReportForecast {

    /** The report's interval: the half-hour of most staffing plans. */
    static final Duration INTERVAL = Duration.ofMinutes(30);

    private final ZoneId zone;
    private final IntervalAggregator aggregator;

    private ReportForecast(ZoneId zone) {
        this.zone = zone;
        this.aggregator = IntervalAggregator.builder().interval(INTERVAL).zone(zone).build();
    }

    /** A panel builder counting in {@code zone}. */
    static ReportForecast create(ZoneId zone) {
        return new ReportForecast(zone);
    }

    /** Counts one interaction. */
    void accept(Interaction interaction) {
        aggregator.accept(interaction);
    }

    /**
     * Forecasts and plans what was counted.
     *
     * @return the panel, or null when nothing was counted
     */
    HtmlReport.@Nullable ForecastPanel panel() {
        List<IntervalSeries> series = aggregator.result();
        if (series.isEmpty()) {
            return null;
        }
        IntervalSeries history = series.get(0);
        ForecastOutcome outcome = Forecaster.create(ForecastConfig.builder().zone(zone).build()).forecast(history);
        if (!(outcome instanceof Forecast forecast)) {
            return new HtmlReport.ForecastPanel(history, outcome, null, null);
        }
        try {
            StaffingPlan plan = StaffingPlanner.create(PlanConfig.ofDefaults()).plan(forecast);
            return new HtmlReport.ForecastPanel(history, outcome, plan, null);
        } catch (IllegalArgumentException e) {
            // The forecast expects contacts but the history carried no handle time to staff them with.
            return new HtmlReport.ForecastPanel(history, outcome, null,
                    "the history carries no handle time to staff the forecast with (cx plan --aht gives one).");
        }
    }
}
