package dev.cxkit.benchmarks.wfm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.ReasonWeight;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.wfm.Forecast;
import dev.cxkit.wfm.ForecastConfig;
import dev.cxkit.wfm.ForecastInterval;
import dev.cxkit.wfm.Forecaster;
import dev.cxkit.wfm.IntervalAggregator;
import dev.cxkit.wfm.IntervalSeries;
import dev.cxkit.wfm.PlanConfig;
import dev.cxkit.wfm.PlanRow;
import dev.cxkit.wfm.StaffingPlan;
import dev.cxkit.wfm.StaffingPlanner;

/**
 * Issue 23, "the plan's service level in a simulation against the target": what service level the
 * agents a plan puts on the phones actually reach when the contacts arrive at the generator's true
 * rates. The generator itself draws queue waits from fixed distributions and cannot answer this, so
 * this class runs a queue served by the planned agents.
 *
 * <p>Set-up: the 16 generated weeks of {@link WfmMeasurement}'s synthetic part (seed 23, phone only);
 * for each held-out week 13–16, the picked forecast from the weeks before it is planned with Erlang C
 * for 80 % within 20 s, no shrinkage (so the plan's required agents are the agents on the phones).
 * Each week is then simulated 20 times: arrivals are a Poisson process at the true rate of each
 * half-hour; one FIFO queue; agents per half-hour as planned, a busy agent finishes the current
 * contact when the staffing drops; nobody hangs up (Erlang C's assumption). Handle times are drawn
 * two ways: exponential with the training weeks' mean (the model's own assumption), and resampled
 * from the training weeks' real generated handle times (not exponential). The same is done for a
 * plan made from the true rates, which separates the forecast's error from the model's.
 *
 * <p>Service level = contacts answered within 20 s / contacts arrived, per held-out week; the figures
 * are the mean over runs and the share of open half-hours that met 80 %. Prints, asserts nothing.
 */
public final class PlanServiceLevelSimulation {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final double TARGET_SECONDS = 20;
    private static final int RUNS = 20;

    private PlanServiceLevelSimulation() {
    }

    /**
     * Runs the simulation and prints a table.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        GeneratorConfig config = GeneratorConfig.builder().seed(23).days(16 * 7)
                .channelMix(Map.of(Channel.PHONE, 1.0))
                .reasons(List.of(ReasonWeight.of("billing.invoice-question", 1)))
                .spikes(List.of()).repeatContactProbability(0).caseProbability(0).nearMissRate(0)
                .trainingGapAgents(0).build();
        BusinessCalendar calendar = config.calendar();
        Instant heldOutStart = config.startDate().plusWeeks(12).atStartOfDay(calendar.zone()).toInstant();
        IntervalAggregator aggregator = IntervalAggregator.builder().zone(calendar.zone()).interval(HALF_HOUR)
                .span(config.startDate(), config.startDate().plusDays(config.days() - 1L)).build();
        List<Double> handleTimes = new ArrayList<>();
        SyntheticContactCentre.generate(config, new GeneratedDataSink() {
            @Override
            public void interaction(Interaction interaction) {
                aggregator.accept(interaction);
                if (!interaction.isAbandoned() && interaction.queuedAt().isBefore(heldOutStart)) {
                    handleTimes.add(interaction.handleTime().toMillis() / 1000.0);
                }
            }
        });
        IntervalSeries series = aggregator.result().get(0);
        double[] empirical = handleTimes.stream().mapToDouble(Double::doubleValue).toArray();
        double meanHandle = Arrays.stream(empirical).average().orElseThrow();
        double planned = callbackShare(config, series, heldOutStart);
        System.out.printf(Locale.ROOT, "Plan service level in simulation: %d training handle times, mean %.1f s, "
                + "coefficient of variation %.2f (exponential: 1.00)%n", empirical.length, meanHandle,
                cv(empirical, meanHandle));

        Forecaster forecaster = Forecaster.create(ForecastConfig.builder().calendar(calendar).build());
        StaffingPlanner planner = StaffingPlanner.create(PlanConfig.builder().build());
        System.out.println("  week  plan from     handle times   SL mean   SL p5-p95     half-hours ≥ 80 %   agent-hours");
        for (int week = 12; week < 16; week++) {
            Instant from = config.startDate().plusWeeks(week).atStartOfDay(calendar.zone()).toInstant();
            Instant until = config.startDate().plusWeeks(week + 1).atStartOfDay(calendar.zone()).toInstant();
            Forecast forecast = (Forecast) forecaster.forecast(series.slice(series.start(), from), until);
            double[] trueRate = new double[forecast.intervals().size()];
            List<ForecastInterval> truth = new ArrayList<>();
            for (int i = 0; i < trueRate.length; i++) {
                ForecastInterval f = forecast.intervals().get(i);
                trueRate[i] = planned * WfmMeasurement.expectedPhoneArrivals(config, f.start(), HALF_HOUR);
                truth.add(new ForecastInterval(f.start(), trueRate[i], trueRate[i], trueRate[i],
                        trueRate[i] > 0 ? Duration.ofMillis(Math.round(meanHandle * 1000)) : null, f.open()));
            }
            Forecast oracle = new Forecast(forecast.key(), forecast.interval(), forecast.zone(), forecast.method(),
                    forecast.predictionLevel(), forecast.dispersion(), truth, forecast.backtest());
            for (Map.Entry<String, StaffingPlan> plan : List.of(Map.entry("forecast", planner.plan(forecast)),
                    Map.entry("true rates", planner.plan(oracle)))) {
                int[] agents = plan.getValue().rows().stream().mapToInt(PlanRow::requiredAgents).toArray();
                double agentHours = Arrays.stream(agents).sum() * 0.5;
                for (boolean exponential : new boolean[] {true, false}) {
                    double[] sl = new double[RUNS];
                    double metShare = 0;
                    for (int run = 0; run < RUNS; run++) {
                        SplittableRandom random = new SplittableRandom(1_000L * week + run);
                        Result r = simulate(trueRate, agents, random, exponential ? null : empirical, meanHandle);
                        sl[run] = r.serviceLevel();
                        metShare += r.intervalsMet() / RUNS;
                    }
                    Arrays.sort(sl);
                    System.out.printf(Locale.ROOT, "  %4d  %-12s  %-12s  %6.1f %%  %5.1f–%5.1f %%   %6.1f %%            %8.1f%n",
                            week + 1, plan.getKey(), exponential ? "exponential" : "generated",
                            Arrays.stream(sl).average().orElseThrow() * 100, sl[RUNS / 20] * 100,
                            sl[RUNS - 1 - RUNS / 20] * 100, metShare * 100, agentHours);
                }
            }
        }
    }

    /** The generator's callbacks and follow-ups on top of new arrivals, measured on the training weeks. */
    private static double callbackShare(GeneratorConfig config, IntervalSeries series, Instant heldOutStart) {
        double actual = 0;
        double expected = 0;
        for (int i = 0; i < series.indexOf(heldOutStart); i++) {
            actual += series.contacts(i).orElse(0);
            expected += WfmMeasurement.expectedPhoneArrivals(config, series.startOf(i), HALF_HOUR);
        }
        return actual / expected;
    }

    private record Result(double serviceLevel, double intervalsMet) {
    }

    /**
     * One week of one FIFO queue. Events: arrivals, departures and half-hour boundaries where the
     * staffing changes; a contact starts when an agent is free and the staffing allows one more busy
     * agent.
     */
    static Result simulate(double[] ratePerInterval, int[] agents, SplittableRandom random, double[] handleSample,
            double meanHandle) {
        double length = HALF_HOUR.toSeconds();
        List<double[]> arrivals = new ArrayList<>(); // {time, interval}
        for (int i = 0; i < ratePerInterval.length; i++) {
            int n = poisson(random, ratePerInterval[i]);
            for (int k = 0; k < n; k++) {
                arrivals.add(new double[] {i * length + random.nextDouble() * length, i});
            }
        }
        arrivals.sort((a, b) -> Double.compare(a[0], b[0]));
        int[] arrived = new int[ratePerInterval.length];
        int[] inTime = new int[ratePerInterval.length];
        PriorityQueue<Double> departures = new PriorityQueue<>();
        ArrayDeque<double[]> queue = new ArrayDeque<>();
        int next = 0;
        int interval = 0;
        int busy = 0;
        while (next < arrivals.size() || !departures.isEmpty() || !queue.isEmpty()) {
            double boundary = (interval + 1) * length;
            double arrival = next < arrivals.size() ? arrivals.get(next)[0] : Double.MAX_VALUE;
            double departure = departures.isEmpty() ? Double.MAX_VALUE : departures.peek();
            double now;
            if (interval + 1 < agents.length && boundary <= arrival && boundary <= departure) {
                now = boundary;
                interval++;
            } else if (next < arrivals.size() && arrival <= departure) {
                now = arrival;
                double[] a = arrivals.get(next++);
                arrived[(int) a[1]]++;
                queue.addLast(a);
            } else if (departure < Double.MAX_VALUE) {
                now = departures.poll();
                busy--;
            } else {
                break; // contacts left waiting after the last staffed interval: never answered
            }
            int capacity = agents[Math.min(interval, agents.length - 1)];
            while (busy < capacity && !queue.isEmpty()) {
                double[] a = queue.pollFirst();
                if (now - a[0] <= TARGET_SECONDS) {
                    inTime[(int) a[1]]++;
                }
                busy++;
                double handle = handleSample == null ? -Math.log(1 - random.nextDouble()) * meanHandle
                        : handleSample[random.nextInt(handleSample.length)];
                departures.add(now + handle);
            }
        }
        long totalArrived = Arrays.stream(arrived).sum();
        long totalInTime = Arrays.stream(inTime).sum();
        int open = 0;
        int met = 0;
        for (int i = 0; i < arrived.length; i++) {
            if (ratePerInterval[i] > 0) {
                open++;
                if (arrived[i] == 0 || inTime[i] >= 0.8 * arrived[i]) {
                    met++;
                }
            }
        }
        return new Result(totalArrived == 0 ? 1 : (double) totalInTime / totalArrived, open == 0 ? 1 : (double) met / open);
    }

    private static int poisson(SplittableRandom random, double mean) {
        // Knuth's product method in pieces of at most 30, so exp(-mean) never underflows.
        int k = 0;
        double remaining = mean;
        while (remaining > 0) {
            double step = Math.min(remaining, 30);
            remaining -= step;
            double limit = Math.exp(-step);
            double product = random.nextDouble();
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
        }
        return k;
    }

    private static double cv(double[] values, double mean) {
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length) / mean;
    }
}
