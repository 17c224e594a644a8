package dev.cxkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cxkit.core.Money;
import dev.cxkit.kpi.staffing.ServiceLevelTarget;
import dev.cxkit.wfm.DailyTotal;
import dev.cxkit.wfm.Forecast;
import dev.cxkit.wfm.ForecastCsv;
import dev.cxkit.wfm.PlanConfig;
import dev.cxkit.wfm.PlanRow;
import dev.cxkit.wfm.StaffingPlan;
import dev.cxkit.wfm.StaffingPlanWriter;
import dev.cxkit.wfm.StaffingPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cx plan}: agents per forecast interval by Erlang C or A, then shrinkage and an occupancy cap,
 * with daily totals, the peak and the cost (cx-wfm's {@link StaffingPlanner}).
 */
@Command(name = "plan", sortOptions = false,
        description = {"Staff a forecast: agents per interval by Erlang C (or Erlang A with --patience), scheduled heads "
                + "after shrinkage, daily totals, the peak interval and the cost."},
        footer = {"", "Examples:",
            "  cx plan --forecast forecast.csv --target 80/20 --shrinkage 30% --max-occupancy 85% --output plan.csv",
            "  cx plan --forecast forecast.csv --target 90/30 --patience PT2M --hourly-rate \"24.50 EUR\" --json"})
final class PlanCommand implements Runnable {

    @Option(names = "--forecast", required = true, paramLabel = "FILE",
            description = "A forecast written by cx forecast --output.")
    Path forecast;

    @Option(names = "--target", defaultValue = "80/20", paramLabel = "SL/SECONDS",
            description = "Service-level target: percent answered within seconds, e.g. 80/20 (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--shrinkage", defaultValue = "0%", paramLabel = "SHARE",
            description = "Paid time not on the phones: 30% or 0.3 (default: ${DEFAULT-VALUE}).")
    String shrinkage;

    @Option(names = "--max-occupancy", defaultValue = "100%", paramLabel = "SHARE",
            description = "Highest acceptable occupancy: 85% or 0.85 (default: ${DEFAULT-VALUE}).")
    String maxOccupancy;

    @Option(names = "--patience", paramLabel = "DURATION",
            description = "Use Erlang A with this mean caller patience, e.g. PT2M (default: Erlang C, nobody hangs up).")
    Duration patience;

    @Option(names = "--aht", paramLabel = "DURATION",
            description = "Handle time for intervals whose forecast has none, e.g. PT5M.")
    Duration aht;

    @Option(names = "--hourly-rate", paramLabel = "AMOUNT CURRENCY",
            description = "Cost of one scheduled head per hour, e.g. \"24.50 EUR\".")
    String hourlyRate;

    @Option(names = "--output", paramLabel = "FILE", description = "Write one CSV row per queue and interval.")
    Path output;

    @Option(names = "--daily", paramLabel = "FILE", description = "Write one CSV row per queue and day.")
    Path daily;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        if (!Files.isRegularFile(forecast)) {
            throw new BadInputException("File not found: " + forecast + " (--forecast).");
        }
        PlanConfig config = config();
        List<Forecast> forecasts = ForecastCsv.read(forecast);
        if (aht == null) {
            forecasts.stream().flatMap(f -> f.intervals().stream().filter(i -> i.contacts() > 0 && i.averageHandleTime() == null)
                    .map(i -> f.key() + " at " + i.start())).findFirst().ifPresent(where -> {
                        throw new BadInputException("The forecast has contacts but no handle time for " + where
                                + " (its history had no answered contacts with a handle time). Maybe give --aht, e.g. --aht PT5M?");
                    });
        }
        StaffingPlanner planner = StaffingPlanner.create(config);
        List<StaffingPlan> plans = new ArrayList<>();
        for (Forecast f : forecasts) {
            plans.add(planner.plan(f));
        }
        if (output != null) {
            write(output, w -> StaffingPlanWriter.writeIntervalsCsv(plans, w));
        }
        if (daily != null) {
            write(daily, w -> StaffingPlanWriter.writeDailyCsv(plans, w));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            StringWriter text = new StringWriter();
            StaffingPlanWriter.writeJson(plans, text);
            out.println(text);
            return;
        }
        for (StaffingPlan plan : plans) {
            printText(out, plan, config);
        }
    }

    PlanConfig config() {
        PlanConfig.Builder b = PlanConfig.builder()
                .target(parseTarget(target))
                .shrinkage(share(shrinkage, "--shrinkage"))
                .maxOccupancy(share(maxOccupancy, "--max-occupancy"));
        if (patience != null) {
            b.erlangA(patience);
        }
        if (aht != null) {
            b.defaultAverageHandleTime(aht);
        }
        if (hourlyRate != null) {
            String[] parts = hourlyRate.trim().split("\\s+");
            if (parts.length != 2) {
                throw new BadInputException("The --hourly-rate (" + hourlyRate
                        + ") must be an amount and a currency, e.g. \"24.50 EUR\".");
            }
            b.hourlyRate(Money.of(parts[0], parts[1]));
        }
        return b.build();
    }

    /**
     * Parses {@code 80/20} (percent answered within seconds).
     *
     * @param text the option value
     * @return the target
     */
    static ServiceLevelTarget parseTarget(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                double percent = Double.parseDouble(parts[0].trim().replace("%", ""));
                long seconds = Long.parseLong(parts[1].trim().replace("s", ""));
                if (percent > 0 && percent < 100 && seconds >= 0) {
                    return ServiceLevelTarget.of(percent / 100, Duration.ofSeconds(seconds));
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new BadInputException("The --target (" + text + ") must be percent/seconds with the percent in (0, 100), "
                + "e.g. 80/20 for 80 % answered within 20 seconds.");
    }

    /**
     * Parses a share written as {@code 30%} or {@code 0.3}.
     *
     * @param text the option value
     * @param option the option's name, for the message
     * @return the share
     */
    static double share(String text, String option) {
        String t = text.trim();
        try {
            double value = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100
                    : Double.parseDouble(t);
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new BadInputException("The " + option + " (" + text + ") must be a share such as 30% or 0.3.");
    }

    private static void write(Path file, java.util.function.Consumer<Writer> body) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.accept(w);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void printText(PrintWriter out, StaffingPlan plan, PlanConfig config) {
        out.printf(Locale.ROOT, "Plan for %s: %s, %s intervals, forecast by %s (backtest WAPE %s)%n", plan.key(),
                config.model(), plan.interval(), plan.method(),
                plan.backtest().chosenScore().wape().isPresent()
                        ? String.format(Locale.ROOT, "%.1f %%", plan.backtest().chosenScore().wape().getAsDouble() * 100)
                        : "n/a");
        out.printf(Locale.ROOT, "  %-14s %9s %12s %10s %12s%n", "Day", "Contacts", "Head-hours", "Peak heads", "Cost");
        for (DailyTotal d : plan.days()) {
            out.printf(Locale.ROOT, "  %-14s %9.0f %12s %10d %12s%n",
                    d.date() + " " + d.date().getDayOfWeek().name().substring(0, 3), d.contacts(),
                    d.scheduledHeadHours().setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString(),
                    d.peakScheduledHeads(), d.cost() == null ? "-" : d.cost().toString());
        }
        BigDecimal hours = plan.scheduledHeadHours();
        out.printf(Locale.ROOT, "  Total: %.0f contacts, %s head-hours%s%n", plan.totalContacts(),
                hours.setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString(),
                plan.totalCost().map(c -> ", cost " + c).orElse(""));
        plan.peak().ifPresent((PlanRow p) -> out.printf(Locale.ROOT,
                "  Peak: %s, %.1f contacts, %d agents on the phones, %d heads scheduled%n",
                p.start().atZone(plan.zone()).toLocalDateTime(), p.forecastContacts(), p.requiredAgents(),
                p.scheduledHeads()));
    }
}
