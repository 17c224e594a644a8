package dev.cxkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.kpi.staffing.ErlangA;
import dev.cxkit.kpi.staffing.ErlangAResult;
import dev.cxkit.kpi.staffing.ErlangC;
import dev.cxkit.kpi.staffing.ErlangCResult;
import dev.cxkit.kpi.staffing.ServiceLevelTarget;
import dev.cxkit.kpi.staffing.StaffingOptions;
import dev.cxkit.kpi.staffing.TrafficLoad;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import dev.cxkit.json.internal.JsonText;

/**
 * {@code cx staffing erlang-c|erlang-a}: how many agents an interval needs; with {@code --input} or
 * {@code --counts}, every interval of a history ({@link IntervalStaffing}).
 */
@Command(name = "staffing",
        description = {"Agents needed for an interval, by Erlang C (callers wait forever) or Erlang A (callers hang up).",
            "One interval (--calls, --aht) or every interval of interactions (--input) or interval counts (--counts)."},
        subcommands = {StaffingCommand.ErlangCCommand.class, StaffingCommand.ErlangACommand.class})
final class StaffingCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: erlang-c or erlang-a.");
    }

    /** The inputs both models share. */
    static final class Inputs {
        @Option(names = "--calls", paramLabel = "N",
                description = "Calls arriving in the interval (one interval; for a file of intervals use --input or --counts).")
        @Nullable Double calls;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        ForecastCommand.@Nullable History history;

        @Option(names = "--by", defaultValue = "all", paramLabel = "KEY",
                description = "With --input: one queue per all, channel, team or reason (default: ${DEFAULT-VALUE}).")
        String by;

        @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
                description = "With --input or --counts: the zone intervals are printed in and counts without an offset "
                        + "are read in (default: ${DEFAULT-VALUE}).")
        ZoneId zone;

        @Option(names = "--skip-bad", description = "With --input: go on past rejected records (counted and reported).")
        boolean skipBad;

        @Mixin
        ForecastCommand.ExportFormat exportFormat = new ForecastCommand.ExportFormat();

        @Option(names = "--interval", defaultValue = "PT30M", paramLabel = "DURATION",
                description = "Interval length, e.g. 30m or PT30M (default: ${DEFAULT-VALUE}).")
        Duration interval;

        @Option(names = "--aht", paramLabel = "DURATION",
                description = "Average handle time, e.g. 3m or PT3M; with --input or --counts, for intervals that "
                        + "recorded none.")
        @Nullable Duration aht;

        @Option(names = "--answer-within", defaultValue = "PT20S", paramLabel = "DURATION",
                description = "Service-level threshold T (default: ${DEFAULT-VALUE}).")
        Duration answerWithin;

        @Option(names = "--shrinkage", defaultValue = "0", paramLabel = "SHARE",
                description = "Share of paid time not on the phones, in [0, 1) (default: ${DEFAULT-VALUE}).")
        double shrinkage;

        @Option(names = "--max-occupancy", defaultValue = "1", paramLabel = "SHARE",
                description = "Highest acceptable occupancy when solving for agents, in (0, 1] (default: ${DEFAULT-VALUE}).")
        double maxOccupancy;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Staffing staffing;

        @Option(names = "--json", description = "Print one JSON document on standard output.")
        boolean json;

        static final class Staffing {
            @Option(names = "--agents", paramLabel = "N", description = "Evaluate this many agents.")
            Integer agents;

            @Option(names = "--target-service-level", paramLabel = "SHARE",
                    description = "Find the fewest agents answering this share within T, e.g. 0.8.")
            Double targetServiceLevel;
        }

        TrafficLoad load() {
            return TrafficLoad.perInterval(singleCalls(), interval);
        }

        /** The calls of the one-interval form, after checking that it was asked for completely. */
        double singleCalls() {
            if (calls == null || aht == null) {
                throw new BadInputException("cx staffing needs --calls and --aht for one interval, or --input or "
                        + "--counts for a file of intervals.\nMaybe: cx staffing erlang-c --calls 100 --aht PT3M "
                        + "--target-service-level 0.8");
            }
            return calls;
        }

        /** The one-interval handle time (checked by {@link #singleCalls()}). */
        Duration singleAht() {
            singleCalls();
            return java.util.Objects.requireNonNull(aht);
        }

        /**
         * Whether a file of intervals was given; if so, with no --calls beside it.
         *
         * @throws BadInputException if both forms were given
         */
        boolean perInterval() {
            if (history == null) {
                return false;
            }
            if (calls != null) {
                throw new BadInputException("--calls is for one interval; with --input or --counts the calls come from "
                        + "the file.\nMaybe drop --calls?");
            }
            return true;
        }

        /** The history's intervals, read as cx forecast reads them. */
        java.util.List<dev.cxkit.wfm.IntervalSeries> intervals(CommandSpec spec) {
            return ForecastCommand.readHistory(java.util.Objects.requireNonNull(history), exportFormat, interval, zone,
                    ForecastCommand.zoneGiven(spec), by, skipBad, Duration.ZERO, null, spec.commandLine().getErr(), json);
        }

        /** Erlang C for --agents N, or the fewest agents for --target-service-level. */
        ErlangCResult solve(ErlangC model) {
            return staffing.agents != null ? model.evaluate(staffing.agents, answerWithin, options())
                    : model.agentsFor(ServiceLevelTarget.of(staffing.targetServiceLevel, answerWithin), options());
        }

        /** Erlang A for --agents N, or the fewest agents for --target-service-level. */
        ErlangAResult solve(ErlangA model) {
            return staffing.agents != null ? model.evaluate(staffing.agents, answerWithin, options())
                    : model.agentsFor(ServiceLevelTarget.of(staffing.targetServiceLevel, answerWithin), options());
        }

        /** The fixed staffing or the target of --agents / --target-service-level, as one line. */
        String staffingLine() {
            return staffing.agents != null ? staffing.agents + " agents"
                    : "target " + trim(staffing.targetServiceLevel * 100) + " % within " + answerWithin;
        }

        StaffingOptions options() {
            return StaffingOptions.builder().shrinkage(shrinkage).maxOccupancy(maxOccupancy).build();
        }

        String header(double offeredLoad) {
            return String.format(Locale.ROOT, "%s calls per %s, AHT %s: offered load %.2f Erlangs",
                    trim(singleCalls()), interval, aht, offeredLoad);
        }

        private static String trim(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }

    @Command(name = "erlang-c", sortOptions = false,
            description = "Erlang C (M/M/N): probability of waiting, service level, ASA and occupancy.",
            footer = {"", "Examples:",
                "  cx staffing erlang-c --calls 100 --interval PT30M --aht PT3M --agents 14",
                "  cx staffing erlang-c --calls 100 --aht PT3M --target-service-level 0.8 --shrinkage 0.3 --json",
                "  cx staffing erlang-c --input interactions.jsonl --interval PT30M --by channel --target-service-level 0.8",
                "  cx staffing erlang-c --counts calls-30min.csv --aht PT4M --target-service-level 0.8 --zone Europe/Berlin"})
    static final class ErlangCCommand implements Runnable {
        @Mixin
        Inputs in;

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            if (in.perInterval()) {
                PrintWriter out = spec.commandLine().getOut();
                IntervalStaffing.print(out, "Erlang C per interval of " + in.interval + ", " + in.staffingLine()
                        + ", shrinkage " + in.shrinkage, IntervalStaffing.rows(in.intervals(spec),
                                in.aht, (load, aht) -> {
                                    ErlangCResult r = in.solve(ErlangC.of(load, aht));
                                    return new IntervalStaffing.Figures(r.agents(), r.scheduledAgents(),
                                            r.serviceLevel(), r.averageSpeedOfAnswerSeconds(), r.occupancy(), null);
                                }), in.zone, in.json);
                return;
            }
            ErlangC model = ErlangC.of(in.load(), in.singleAht());
            ErlangCResult r;
            try {
                r = in.solve(model);
            } catch (IllegalArgumentException e) {
                // The library names its Java class; a user of the command line needs the command.
                String message = String.valueOf(e.getMessage()).replaceAll("Maybe use ErlangA[^?]*\\?",
                        "Maybe try cx staffing erlang-a with --patience (how long callers wait before hanging up), "
                                + "which models callers who hang up?");
                throw new BadInputException(message);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (in.json) {
                out.println(JsonText.render(json -> {
                    json.writeStartObject();
                    writeFigures(json, r);
                    json.writeEndObject();
                }));
                return;
            }
            out.println("Erlang C: " + in.header(r.offeredLoad()));
            printCommon(out, in, r.agents(), r.scheduledAgents(), r.probabilityOfWaiting(), r.serviceLevel(),
                    r.averageSpeedOfAnswerSeconds(), r.occupancy());
        }
    }

    @Command(name = "erlang-a", sortOptions = false,
            description = "Erlang A (M/M/N+M): like Erlang C, but callers hang up after an exponential patience.",
            footer = {"", "Examples:",
                "  cx staffing erlang-a --calls 100 --interval PT30M --aht PT3M --patience PT2M --agents 10",
                "  cx staffing erlang-a --calls 100 --aht PT3M --patience PT2M --target-service-level 0.8 --json",
                "  cx staffing erlang-a --input interactions.jsonl --patience PT2M --target-service-level 0.8 --json"})
    static final class ErlangACommand implements Runnable {
        @Mixin
        Inputs in;

        @Option(names = "--patience", required = true, paramLabel = "DURATION",
                description = "Mean time a caller waits before hanging up, e.g. 2m or PT2M.")
        Duration patience;

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            if (in.perInterval()) {
                PrintWriter out = spec.commandLine().getOut();
                IntervalStaffing.print(out, "Erlang A per interval of " + in.interval + ", mean patience " + patience
                        + ", " + in.staffingLine() + ", shrinkage " + in.shrinkage,
                        IntervalStaffing.rows(in.intervals(spec), in.aht, (load, aht) -> {
                            ErlangAResult r = in.solve(ErlangA.of(load, aht, patience));
                            return new IntervalStaffing.Figures(r.agents(), r.scheduledAgents(), r.serviceLevel(),
                                    r.averageSpeedOfAnswerSeconds(), r.occupancy(), r.probabilityOfAbandoning());
                        }), in.zone, in.json);
                return;
            }
            ErlangA model = ErlangA.of(in.load(), in.singleAht(), patience);
            ErlangAResult r = in.solve(model);
            PrintWriter out = spec.commandLine().getOut();
            if (in.json) {
                out.println(JsonText.render(json -> {
                    json.writeStartObject();
                    writeFigures(json, r.agents(), r.offeredLoad(), r.probabilityOfWaiting(), r.serviceLevel(),
                            r.averageSpeedOfAnswerSeconds(), r.occupancy(), r.scheduledAgents());
                    json.writeNumberField("probabilityOfAbandoning", r.probabilityOfAbandoning());
                    json.writeEndObject();
                }));
                return;
            }
            out.println("Erlang A: " + in.header(r.offeredLoad()) + ", mean patience " + patience);
            printCommon(out, in, r.agents(), r.scheduledAgents(), r.probabilityOfWaiting(), r.serviceLevel(),
                    r.averageSpeedOfAnswerSeconds(), r.occupancy());
            out.printf(Locale.ROOT, "  %-16s%.1f %%%n", "P(abandon)", r.probabilityOfAbandoning() * 100);
        }
    }

    /** Writes the Erlang C figures with the field names of docs/cli.md, inside an open JSON object. */
    static void writeFigures(JsonGenerator json, ErlangCResult r) throws IOException {
        writeFigures(json, r.agents(), r.offeredLoad(), r.probabilityOfWaiting(), r.serviceLevel(),
                r.averageSpeedOfAnswerSeconds(), r.occupancy(), r.scheduledAgents());
    }

    private static void writeFigures(JsonGenerator json, int agents, double offeredLoad, double probabilityOfWaiting,
            double serviceLevel, double averageSpeedOfAnswerSeconds, double occupancy, int scheduledAgents)
            throws IOException {
        json.writeNumberField("agents", agents);
        json.writeNumberField("offeredLoad", offeredLoad);
        json.writeNumberField("probabilityOfWaiting", probabilityOfWaiting);
        json.writeNumberField("serviceLevel", serviceLevel);
        json.writeNumberField("averageSpeedOfAnswerSeconds", averageSpeedOfAnswerSeconds);
        json.writeNumberField("occupancy", occupancy);
        json.writeNumberField("scheduledAgents", scheduledAgents);
    }

    private static void printCommon(PrintWriter out, Inputs in, int agents, int scheduled, double pWait, double sl,
            double asa, double occupancy) {
        out.printf(Locale.ROOT, "  %-16s%d (schedule %d at %.0f %% shrinkage)%n", "Agents", agents, scheduled,
                in.shrinkage * 100);
        out.printf(Locale.ROOT, "  %-16s%.1f %%%n", "P(wait)", pWait * 100);
        out.printf(Locale.ROOT, "  %-16s%.1f %% answered within %s%n", "Service level", sl * 100, in.answerWithin);
        out.printf(Locale.ROOT, "  %-16s%.1f s%n", "ASA", asa);
        out.printf(Locale.ROOT, "  %-16s%.1f %%%n", "Occupancy", occupancy * 100);
    }
}
