package dev.cxkit.wfm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.wfm.internal.CountQuantiles;
import dev.cxkit.wfm.internal.DoubleSeasonalKernel;
import dev.cxkit.wfm.internal.HandleTimeProfile;
import dev.cxkit.wfm.internal.Kernel;
import dev.cxkit.wfm.internal.SeasonGrid;
import dev.cxkit.wfm.internal.SeasonalNaiveKernel;
import dev.cxkit.wfm.internal.WeeklyProfileKernel;
import org.jspecify.annotations.Nullable;

/**
 * Forecasts contacts and handle time per interval, choosing the method per series by a rolling-origin
 * backtest on the series' own history. Immutable and thread-safe: forecast many series from many
 * threads with one forecaster.
 *
 * <pre>{@code
 * Forecaster forecaster = Forecaster.create(ForecastConfig.builder().calendar(hours).build());
 * ForecastOutcome outcome = forecaster.forecast(history);
 * if (outcome instanceof Forecast f) {
 *     plan(f);                             // f.backtest().chosenScore().wape() is always there
 * } else if (outcome instanceof InsufficientHistory h) {
 *     System.err.println(h.message());
 * }
 * }</pre>
 *
 * <p>Steps, per series:
 * <ol>
 * <li>lay the history out on the local wall clock of the calendar's zone (a row of slots per day;
 * holidays left out of every fit);</li>
 * <li>backtest: for each of the last {@code backtestOrigins} blocks of {@code horizonDays} days,
 * fit every method on the history before the block and forecast the block; score WAPE and bias per
 * method overall and per day ahead ({@link Backtest});</li>
 * <li>pick the method with the lowest WAPE, fit it on the whole history and forecast;</li>
 * <li>closed intervals become 0; prediction intervals are count quantiles (Poisson, or negative
 * binomial with the dispersion the chosen method showed in the backtest, after Taylor 2012);</li>
 * <li>the handle time of each interval is a contact-weighted weekday × slot profile.</li>
 * </ol>
 * Cost: each method is fitted {@code origins + 1} times; the smoothing method fits on at most 16
 * weeks, the others read at most 8 weeks (both before each origin), so the cost grows with the
 * number of intervals forecast, not with the length of the history.
 */
public final class Forecaster {

    private final ForecastConfig config;

    private Forecaster(ForecastConfig config) {
        this.config = Checks.notNull(config, "config");
    }

    /**
     * A forecaster.
     *
     * @param config methods, calendar, backtest settings
     * @return the forecaster
     */
    public static Forecaster create(ForecastConfig config) {
        return new Forecaster(config);
    }

    /**
     * A forecaster with {@link ForecastConfig#ofDefaults()}.
     *
     * @return the forecaster
     */
    public static Forecaster ofDefaults() {
        return new Forecaster(ForecastConfig.ofDefaults());
    }

    /**
     * The configuration.
     *
     * @return the configuration
     */
    public ForecastConfig config() {
        return config;
    }

    /**
     * Forecasts the {@code horizonDays} after the end of the history.
     *
     * @param history the series, ending where the forecast starts
     * @return the forecast, or why there is none
     */
    public ForecastOutcome forecast(IntervalSeries history) {
        Checks.notNull(history, "history");
        return forecast(history, history.end().plus(Duration.ofDays(config.horizonDays())));
    }

    /**
     * Forecasts from the end of the history to an instant, for example the end of next week.
     *
     * @param history the series, ending where the forecast starts
     * @param until the end of the forecast, exclusive; after the history's end, at most a year later
     * @return the forecast, or why there is none
     * @throws IllegalArgumentException if {@code until} is not after the history's end, more than 366
     *         days after it, or not on an interval boundary
     */
    public ForecastOutcome forecast(IntervalSeries history, Instant until) {
        return run(history, until, null);
    }

    /**
     * Forecasts with a given method instead of the backtest's choice, for comparisons and for users
     * who have a reason to overrule the backtest. The backtest is still run and reported, and its
     * {@link Backtest#chosen()} still names the method it would have picked.
     *
     * @param method one of the configured methods
     * @param history the series, ending where the forecast starts
     * @param until the end of the forecast, exclusive
     * @return the forecast, or why there is none (also when the method needs more history than the
     *         earliest backtest origin has)
     * @throws IllegalArgumentException if the method is not configured, or as {@link #forecast(IntervalSeries, Instant)}
     */
    public ForecastOutcome forecastWith(ForecastMethod method, IntervalSeries history, Instant until) {
        Checks.notNull(method, "method");
        if (config.methods().stream().noneMatch(m -> m.equals(method))) {
            throw new IllegalArgumentException("The method (" + method + ") is not among the configured methods "
                    + config.methods() + ".\nMaybe add it with ForecastConfig.Builder.methods?");
        }
        return run(history, until, method);
    }

    private ForecastOutcome run(IntervalSeries history, Instant until, @Nullable ForecastMethod forced) {
        Checks.notNull(history, "history");
        Checks.notNull(until, "until");
        Instant end = history.end();
        long length = history.interval().getSeconds();
        Duration ahead = Duration.between(end, until);
        if (ahead.isNegative() || ahead.isZero() || ahead.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("The forecast end (" + until + ") must be after the history's end ("
                    + end + ") and at most 366 days later.");
        }
        if (ahead.getNano() != 0 || ahead.getSeconds() % length != 0) {
            throw new IllegalArgumentException("The forecast end (" + until + ") is not a whole number of intervals of "
                    + history.interval() + " after the history's end (" + end + ").");
        }
        SeasonGrid grid = SeasonGrid.of(history.start(), length, history.contactsOrNaN(),
                history.averageHandleTimeSecondsOrNaN(), until, config.calendar(), config.holidayAs());
        int slots = grid.slots();
        int n = grid.historyEnd();
        int horizon = config.horizonDays() * slots;
        int baselineDays = new SeasonalNaive().minimumHistoryDays();
        int origins = Math.min(config.backtestOrigins(), Math.max(0, (n - baselineDays * slots) / horizon));
        if (origins < 1) {
            return new InsufficientHistory(history.key(), n / slots, baselineDays + config.horizonDays());
        }
        int earliest = n - origins * horizon;
        List<ForecastMethod> methods = new ArrayList<>();
        List<Kernel> kernels = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ForecastMethod m : config.methods()) {
            if (earliest < m.minimumHistoryDays() * slots) {
                skipped.add(m.id());
            } else {
                methods.add(m);
                kernels.add(kernel(m));
            }
        }
        int days = config.horizonDays();
        ForecastAccuracy[] overall = new ForecastAccuracy[kernels.size()];
        ForecastAccuracy[][] byDay = new ForecastAccuracy[kernels.size()][days];
        double[] excess = new double[kernels.size()];
        double[] squares = new double[kernels.size()];
        for (int k = 0; k < kernels.size(); k++) {
            overall[k] = ForecastAccuracy.create();
            for (int d = 0; d < days; d++) {
                byDay[k][d] = ForecastAccuracy.create();
            }
        }
        double[] actual = grid.actual();
        for (int o = origins; o >= 1; o--) {
            int origin = n - o * horizon;
            for (int k = 0; k < kernels.size(); k++) {
                double[] f = Kernel.finish(grid, kernels.get(k).forecast(grid, grid.training(), origin,
                        origin + horizon), origin);
                for (int c = origin; c < origin + horizon; c++) {
                    double a = actual[c];
                    if (Double.isNaN(a)) {
                        continue;
                    }
                    double fc = f[c - origin];
                    overall[k].accept(a, fc);
                    byDay[k][(c - origin) / slots].accept(a, fc);
                    if (fc > 0) {
                        double e = a - fc;
                        excess[k] += e * e - fc;
                        squares[k] += fc * fc;
                    }
                }
            }
        }
        List<MethodScore> scores = new ArrayList<>();
        int best = 0;
        double bestWape = Double.POSITIVE_INFINITY;
        for (int k = 0; k < kernels.size(); k++) {
            List<HorizonScore> perDay = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                perDay.add(new HorizonScore(d + 1, byDay[k][d].wape(), byDay[k][d].bias(), byDay[k][d].count()));
            }
            OptionalDouble wape = overall[k].wape();
            scores.add(new MethodScore(methods.get(k).id(), wape, overall[k].bias(), overall[k].count(),
                    overall[k].actualTotal(), perDay));
            if (wape.isPresent() && wape.getAsDouble() < bestWape) {
                bestWape = wape.getAsDouble();
                best = k;
            }
        }
        Backtest backtest = new Backtest(origins, days, scores, skipped, methods.get(best).id());
        if (forced != null) {
            best = methods.indexOf(forced);
            if (best < 0) {
                return new InsufficientHistory(history.key(), n / slots, forced.minimumHistoryDays() + config.horizonDays());
            }
        }
        double kappa = CountQuantiles.dispersion(excess[best], squares[best]);

        int endCell = grid.cellOf(until.minusSeconds(1)) + 1;
        double[] f = Kernel.finish(grid, kernels.get(best).forecast(grid, grid.training(), n, Math.max(n, endCell)), n);
        HandleTimeProfile aht = HandleTimeProfile.learn(grid, n, config.handleTimeWeeks());
        double lowP = (1 - config.predictionLevel()) / 2;
        double highP = 1 - lowP;
        List<ForecastInterval> intervals = new ArrayList<>();
        for (Instant t = history.end(); t.isBefore(until); t = t.plusSeconds(length)) {
            int cell = grid.cellOf(t);
            int index = Math.max(0, Math.min(f.length - 1, cell - n));
            boolean open = cell >= 0 && cell < grid.cells() && grid.isOpen(cell);
            double contacts = f.length == 0 || !open ? 0 : f[index];
            double seconds = open ? aht.secondsAt(grid, cell) : Double.NaN;
            Duration handle = Double.isNaN(seconds) || seconds <= 0 ? null
                    : Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
            double lower = Math.min(contacts, CountQuantiles.quantile(contacts, kappa, lowP));
            double upper = Math.max(contacts, CountQuantiles.quantile(contacts, kappa, highP));
            intervals.add(new ForecastInterval(t, contacts, lower, upper, handle, open));
        }
        return new Forecast(history.key(), history.interval(), config.calendar().zone(), methods.get(best).id(),
                config.predictionLevel(), kappa, intervals, backtest);
    }

    private static Kernel kernel(ForecastMethod method) {
        if (method instanceof WeeklyProfile p) {
            return new WeeklyProfileKernel(p.profileWeeks(), p.levelWeeks());
        }
        if (method instanceof DoubleSeasonalSmoothing d) {
            return new DoubleSeasonalKernel(d.alpha(), d.delta(), d.omega());
        }
        return new SeasonalNaiveKernel();
    }
}
