package dev.cxkit.benchmarks.wfm;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Money;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.ReasonWeight;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.wfm.Forecast;
import dev.cxkit.wfm.ForecastAccuracy;
import dev.cxkit.wfm.ForecastConfig;
import dev.cxkit.wfm.ForecastInterval;
import dev.cxkit.wfm.ForecastMethod;
import dev.cxkit.wfm.ForecastOutcome;
import dev.cxkit.wfm.Forecaster;
import dev.cxkit.wfm.IntervalAggregator;
import dev.cxkit.wfm.IntervalCountsCsv;
import dev.cxkit.wfm.IntervalSeries;
import dev.cxkit.wfm.PlanConfig;
import dev.cxkit.wfm.StaffingPlan;
import dev.cxkit.wfm.StaffingPlanner;

/**
 * Measures the forecast and the plan of cx-wfm (issue 23). A report, not a test:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.cxkit.benchmarks.wfm.WfmMeasurement [synthetic|real|speed|all] [bank-calls.csv]
 * </pre>
 *
 * <ul>
 * <li><b>synthetic</b>: 16 weeks of phone arrivals from {@link SyntheticContactCentre}; the last 4
 * weeks are held out and each is forecast from the weeks before it. WAPE against the generator's
 * expected arrivals per half-hour (computed from its configuration, see {@link #expectedPhoneArrivals})
 * and against the counts that arrived.</li>
 * <li><b>real</b>: half-hourly calls of a North American bank (fpp3 {@code bank_calls}, see
 * {@code benchmarks/data/README.md}); the last 8 weeks are held out, each forecast one week ahead from
 * all weeks before it, with the default methods, chosen before looking at these weeks.</li>
 * <li><b>speed</b>: a year of half-hourly history for 20 queues, forecast (backtest included) and
 * planned, on all cores and on one.</li>
 * </ul>
 */
public final class WfmMeasurement {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private WfmMeasurement() {
    }

    /**
     * Runs the measurements.
     *
     * @param args the part ({@code synthetic}, {@code real}, {@code speed} or {@code all}) and the
     *        path of the bank-calls file
     * @throws Exception if a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        String part = args.length > 0 ? args[0] : "all";
        Path bank = Path.of(args.length > 1 ? args[1] : "benchmarks/data/bank-calls-30min.csv");
        if (part.equals("synthetic") || part.equals("all")) {
            synthetic();
        }
        if (part.equals("real") || part.equals("all")) {
            real(bank);
        }
        if (part.equals("speed") || part.equals("all")) {
            speed();
        }
    }

    // ------------------------------------------------------------------ synthetic

    private static void synthetic() {
        GeneratorConfig config = GeneratorConfig.builder().seed(23).days(16 * 7)
                .channelMix(Map.of(Channel.PHONE, 1.0))
                .reasons(List.of(ReasonWeight.of("billing.invoice-question", 1)))
                .spikes(List.of()).repeatContactProbability(0).caseProbability(0).nearMissRate(0)
                .trainingGapAgents(0).build();
        BusinessCalendar calendar = config.calendar();
        IntervalAggregator aggregator = IntervalAggregator.builder().zone(calendar.zone()).interval(HALF_HOUR)
                .span(config.startDate(), config.startDate().plusDays(config.days() - 1L)).build();
        long started = System.nanoTime();
        SyntheticContactCentre.generate(config, new GeneratedDataSink() {
            @Override
            public void interaction(Interaction interaction) {
                aggregator.accept(interaction);
            }
        });
        IntervalSeries series = aggregator.result().get(0);
        System.out.printf(Locale.ROOT, "Synthetic: %d phone contacts over %d days generated in %.1f s%n",
                (long) sum(series), config.days(), (System.nanoTime() - started) / 1e9);

        // The formula covers the generator's new arrivals; it also plans callbacks and follow-ups
        // (about 5 % more phone contacts). Their share is measured on the 12 training weeks only and
        // scales the true rate; the held-out weeks play no part in it.
        Instant heldOutStart = config.startDate().plusWeeks(12).atStartOfDay(calendar.zone()).toInstant();
        double trainingActual = 0;
        double trainingExpected = 0;
        for (int i = 0; i < series.indexOf(heldOutStart); i++) {
            trainingActual += series.contacts(i).orElse(0);
            trainingExpected += expectedPhoneArrivals(config, series.startOf(i), HALF_HOUR);
        }
        double planned = trainingActual / trainingExpected;
        System.out.printf(Locale.ROOT, "  training weeks 1-12: counts / new-arrival rates = %.4f (callbacks and "
                + "follow-ups); the true rate below is scaled by it%n", planned);
        Forecaster forecaster = Forecaster.create(ForecastConfig.builder().calendar(calendar).build());
        Map<String, ForecastAccuracy[]> scores = new LinkedHashMap<>();
        ForecastAccuracy truthVsActual = ForecastAccuracy.create();
        double expectedTotal = 0;
        double actualTotal = 0;
        for (int week = 12; week < 16; week++) {
            Instant from = config.startDate().plusWeeks(week).atStartOfDay(calendar.zone()).toInstant();
            Instant until = config.startDate().plusWeeks(week + 1).atStartOfDay(calendar.zone()).toInstant();
            IntervalSeries history = series.slice(series.start(), from);
            Map<String, Forecast> byMethod = forecasts(forecaster, history, until);
            for (ForecastInterval interval : byMethod.get("picked").intervals()) {
                int i = series.indexOf(interval.start());
                double actual = series.contacts(i).orElseThrow();
                double expected = planned * expectedPhoneArrivals(config, interval.start(), HALF_HOUR);
                truthVsActual.accept(actual, expected);
                expectedTotal += expected;
                actualTotal += actual;
            }
            for (Map.Entry<String, Forecast> e : byMethod.entrySet()) {
                ForecastAccuracy[] acc = scores.computeIfAbsent(e.getKey(),
                        k -> new ForecastAccuracy[] {ForecastAccuracy.create(), ForecastAccuracy.create()});
                for (ForecastInterval interval : e.getValue().intervals()) {
                    double actual = series.contacts(series.indexOf(interval.start())).orElseThrow();
                    acc[0].accept(planned * expectedPhoneArrivals(config, interval.start(), HALF_HOUR),
                            interval.contacts());
                    acc[1].accept(actual, interval.contacts());
                }
            }
        }
        System.out.printf(Locale.ROOT, "  held-out weeks 13-16: %.0f contacts arrived, %.0f expected by the "
                + "scaled rates (ratio %.4f); WAPE of the true rates against the counts (Poisson floor) %.3f%n",
                actualTotal, expectedTotal, actualTotal / expectedTotal, truthVsActual.wape().getAsDouble());
        System.out.println("  method                WAPE vs true rate   bias vs true rate   WAPE vs counts");
        scores.forEach((method, acc) -> System.out.printf(Locale.ROOT, "  %-20s  %17.3f   %+17.3f   %14.3f%n", method,
                acc[0].wape().getAsDouble(), acc[0].bias().getAsDouble(), acc[1].wape().getAsDouble()));
    }

    /**
     * The generator's expected phone arrivals in {@code [start, start + length)}, from its
     * configuration, for the configuration used here (phone only, one reason, no repeats, cases or
     * spikes). It mirrors {@code dev.cxkit.synthetic.internal.Simulation#arrivals}: the day's
     * live volume is {@code contactsPerDay × weekday weight} (Monday 1.30 … Saturday 0.40, Sunday 0,
     * normalised to a mean of 1), raised by the single reason's fortnightly +8 % in even weeks (the
     * reason count exceeds the channel count then, and the surplus is drawn from the channel mix,
     * here all phone); arrivals spread over the open 15-minute slots in proportion to the intraday
     * curve {@code 0.25 + e^{−(h−11)²/(2·1.3²)} + 0.85·e^{−(h−14.5)²/(2·1.5²)}} at the slot's middle
     * hour. If the generator's curves change, this must change with them.
     */
    static double expectedPhoneArrivals(GeneratorConfig config, Instant start, Duration length) {
        ZoneId zone = config.calendar().zone();
        LocalDate day = LocalDate.ofInstant(start, zone);
        double[] weights = slotWeights(config.calendar(), day);
        double total = Arrays.stream(weights).sum();
        if (total == 0) {
            return 0;
        }
        double[] live = {1.30, 1.15, 1.10, 1.05, 1.00, 0.40, 0.0};
        double liveSum = Arrays.stream(live).sum();
        long weekIndex = (day.toEpochDay() - config.startDate().with(DayOfWeek.MONDAY).toEpochDay()) / 7;
        double daily = config.demand().contactsPerDay() * live[day.getDayOfWeek().getValue() - 1] * 7.0 / liveSum
                * (weekIndex % 2 == 0 ? 1.08 : 1.0);
        double expected = 0;
        for (int s = 0; s < 96; s++) {
            Instant slot = day.atTime(LocalTime.ofSecondOfDay(s * 900L)).atZone(zone).toInstant();
            if (!slot.isBefore(start) && slot.isBefore(start.plus(length))) {
                expected += daily * weights[s] / total;
            }
        }
        return expected;
    }

    private static double[] slotWeights(BusinessCalendar calendar, LocalDate day) {
        double[] weights = new double[96];
        for (int s = 0; s < 96; s++) {
            double hour = s / 4.0 + 0.125;
            Instant middle = day.atTime(LocalTime.ofSecondOfDay(s * 900L)).atZone(calendar.zone()).toInstant()
                    .plusSeconds(450);
            if (calendar.isOpen(middle)) {
                weights[s] = 0.25 + Math.exp(-Math.pow(hour - 11.0, 2) / (2 * 1.3 * 1.3))
                        + 0.85 * Math.exp(-Math.pow(hour - 14.5, 2) / (2 * 1.5 * 1.5));
            }
        }
        return weights;
    }

    // ------------------------------------------------------------------ real data

    private static void real(Path file) {
        if (!Files.isRegularFile(file)) {
            System.out.println("Real data: " + file + " not found; skipped.");
            return;
        }
        ZoneId zone = ZoneId.of("America/New_York");
        IntervalSeries series = IntervalCountsCsv.reader(zone).withInterval(HALF_HOUR).read(file).get(0);
        BusinessCalendar calendar = BusinessCalendar.builder(zone).weekdays(LocalTime.of(7, 0), LocalTime.of(21, 30))
                .build();
        Forecaster forecaster = Forecaster.create(ForecastConfig.builder().calendar(calendar).build());
        LocalDate firstMonday = LocalDate.ofInstant(series.start(), zone).with(DayOfWeek.MONDAY);
        LocalDate lastMonday = LocalDate.ofInstant(series.end().minusSeconds(1), zone).with(DayOfWeek.MONDAY);
        int weeks = (int) ((lastMonday.toEpochDay() - firstMonday.toEpochDay()) / 7) + 1;
        int heldOut = 8;
        System.out.printf(Locale.ROOT, "Real data: %s, %d half-hours with calls, %d weeks; the last %d held out%n",
                file.getFileName(), recorded(series), weeks, heldOut);
        Map<String, ForecastAccuracy> scores = new LinkedHashMap<>();
        List<String> picks = new ArrayList<>();
        for (int w = weeks - heldOut; w < weeks; w++) {
            Instant from = firstMonday.plusWeeks(w).atStartOfDay(zone).toInstant();
            Instant until = firstMonday.plusWeeks(w + 1).atStartOfDay(zone).toInstant();
            IntervalSeries history = series.slice(series.start(), from);
            Map<String, Forecast> byMethod = forecasts(forecaster, history, until);
            picks.add(byMethod.get("picked").method());
            for (Map.Entry<String, Forecast> e : byMethod.entrySet()) {
                ForecastAccuracy acc = scores.computeIfAbsent(e.getKey(), k -> ForecastAccuracy.create());
                for (ForecastInterval interval : e.getValue().intervals()) {
                    int i = series.indexOf(interval.start());
                    if (i >= 0 && i < series.size() && series.contacts(i).isPresent()) {
                        acc.accept(series.contacts(i).getAsDouble(), interval.contacts());
                    }
                }
            }
        }
        double naive = scores.get("seasonal-naive").wape().getAsDouble();
        System.out.println("  method                WAPE     bias   improvement on seasonal naive");
        scores.forEach((method, acc) -> System.out.printf(Locale.ROOT, "  %-20s  %.3f  %+.3f   %+.1f %%%n", method,
                acc.wape().getAsDouble(), acc.bias().getAsDouble(), 100 * (1 - acc.wape().getAsDouble() / naive)));
        System.out.println("  picked per held-out week (by the backtest on the weeks before it): " + picks);
    }

    /** Each default method's forecast and the backtest's pick, for one held-out period. */
    private static Map<String, Forecast> forecasts(Forecaster forecaster, IntervalSeries history, Instant until) {
        Map<String, Forecast> result = new LinkedHashMap<>();
        for (ForecastMethod method : forecaster.config().methods()) {
            ForecastOutcome outcome = forecaster.forecastWith(method, history, until);
            if (outcome instanceof Forecast f) {
                result.put(method.id(), f);
            }
        }
        result.put("picked", (Forecast) forecaster.forecast(history, until));
        return result;
    }

    // ------------------------------------------------------------------ speed

    private static void speed() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        BusinessCalendar calendar = BusinessCalendar.builder(zone).weekdays(LocalTime.of(8, 0), LocalTime.of(20, 0))
                .open(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(14, 0)).build();
        List<IntervalSeries> queues = new ArrayList<>();
        Instant start = LocalDate.of(2025, 1, 6).atStartOfDay(zone).toInstant();
        int size = (int) (Duration.between(start, LocalDate.of(2026, 1, 5).atStartOfDay(zone).toInstant()).getSeconds()
                / HALF_HOUR.getSeconds());
        for (int q = 0; q < 20; q++) {
            SplittableRandom random = new SplittableRandom(q);
            double[] contacts = new double[size];
            double[] aht = new double[size];
            double level = 5 + 10 * q;
            for (int i = 0; i < size; i++) {
                Instant t = start.plus(HALF_HOUR.multipliedBy(i));
                ZonedDateTime local = t.atZone(zone);
                double hour = local.getHour() + local.getMinute() / 60.0;
                double weekday = local.getDayOfWeek().getValue() <= 5 ? 1.2 - 0.05 * local.getDayOfWeek().getValue() : 0.4;
                double rate = calendar.isOpen(t) ? level * weekday * (0.3 + Math.exp(-Math.pow(hour - 11, 2) / 4)) : 0;
                contacts[i] = poisson(random, rate);
                aht[i] = contacts[i] > 0 ? 240 + 60 * random.nextDouble() : Double.NaN;
            }
            queues.add(IntervalSeries.of("queue-" + q, start, HALF_HOUR, contacts, aht));
        }
        Forecaster forecaster = Forecaster.create(ForecastConfig.builder().calendar(calendar).build());
        StaffingPlanner planner = StaffingPlanner.create(PlanConfig.builder().shrinkage(0.3).maxOccupancy(0.85)
                .hourlyRate(Money.of(new BigDecimal("25.00"), Money.currency("EUR"))).build());
        System.out.printf(Locale.ROOT, "Speed: 20 queues × %d half-hours (a year), %d cores available%n", size,
                Runtime.getRuntime().availableProcessors());
        for (boolean parallel : new boolean[] {true, false}) {
            double[] seconds = new double[8];
            for (int run = 0; run < seconds.length + 3; run++) {
                long t0 = System.nanoTime();
                List<StaffingPlan> plans = (parallel ? queues.parallelStream() : queues.stream())
                        .map(s -> planner.plan((Forecast) forecaster.forecast(s))).toList();
                long t1 = System.nanoTime();
                if (plans.size() != 20) {
                    throw new IllegalStateException("expected 20 plans");
                }
                if (run >= 3) {
                    seconds[run - 3] = (t1 - t0) / 1e9;
                }
            }
            Arrays.sort(seconds);
            System.out.printf(Locale.ROOT, "  %s: forecast (4-origin backtest, 3 methods) + plan of 20 queues: "
                    + "min %.3f s, median %.3f s (8 runs after 3 warm-ups)%n", parallel ? "parallel stream" : "one thread",
                    seconds[0], seconds[seconds.length / 2]);
        }
    }

    private static double poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 60) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double sum(IntervalSeries s) {
        double total = 0;
        for (int i = 0; i < s.size(); i++) {
            total += s.contacts(i).orElse(0);
        }
        return total;
    }

    private static int recorded(IntervalSeries s) {
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.contacts(i).isPresent()) {
                n++;
            }
        }
        return n;
    }
}
