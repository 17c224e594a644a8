package dev.cxkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.cli.report.ReportPanel;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.json.internal.JsonText;
import dev.cxkit.json.internal.KpiFields;
import dev.cxkit.kpi.ChannelCalendars;
import dev.cxkit.kpi.ClosingHourWhatIf;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.OutOfHoursDemand;
import dev.cxkit.synthetic.GeneratorConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx coverage}: demand outside opening hours, the closing-hour curve and channel coverage. */
@Command(name = "coverage", sortOptions = false,
        description = {"Out-of-hours demand per channel (arrivals while closed, their wait for opening, CSAT and "
                + "abandonment beside in-hours contacts), the contacts a later closing hour would have served on "
                + "their day, channel switches for the same issue and immediate replies on written channels."},
        footer = {"", "Examples:",
            "  cx coverage --input data/interactions.jsonl",
            "  cx coverage --input export.csv --calendar desk.calendar --calendar phone=phone.calendar --close-until 22:00",
            "  cx coverage --input calls.txt --format mapped --mapping bank.mapping --calendar bank.calendar --json"})
final class CoverageCommand implements Runnable {

    @Mixin
    InteractionInput input;

    @Option(names = "--calendar", paramLabel = "[CHANNEL=]FILE",
            description = "Opening hours (a business calendar file: zone, hours, holidays); CHANNEL=FILE gives one "
                    + "channel its own, e.g. phone=line.calendar. Repeatable. Default: the generator's, "
                    + "Europe/Berlin, Mon-Fri 08:00-20:00, Sat 09:00-14:00.")
    List<String> calendars = new ArrayList<>();

    @Option(names = "--close-until", paramLabel = "HH:MM", defaultValue = "24:00",
            description = "The last closing time of the what-if curve, which runs hourly from the earliest close "
                    + "(default: ${DEFAULT-VALUE}).")
    String closeUntil;

    @Option(names = "--reply-within", paramLabel = "DURATION", defaultValue = "10m",
            description = "A first reply on e-mail, social or messaging within this is immediate (default: "
                    + "${DEFAULT-VALUE}).")
    Duration replyWithin;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        LocalTime until = closeUntil(closeUntil);
        if (replyWithin.isNegative() || replyWithin.isZero()) {
            throw new BadInputException("--reply-within " + replyWithin + ": must be positive.\nMaybe 10m?");
        }
        CoveragePanel coverage = new CoveragePanel(calendars(), until, replyWithin, calendars.isEmpty());
        ImportReport report = input.read(coverage::accept, spec.commandLine().getErr(), json);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.render(g -> writeJson(g, coverage, report)));
            return;
        }
        printText(out, coverage.panel());
        List<String> missing = InteractionInput.notRecordedLines(report);
        if (!missing.isEmpty()) {
            out.println();
            missing.forEach(out::println);
        }
    }

    /** Parses {@code HH:MM}, with {@code 24:00} for the end of the day. */
    static LocalTime closeUntil(String text) {
        String value = text.strip();
        if (value.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            LocalTime time = LocalTime.parse(value);
            if (time.getSecond() != 0 || time.getNano() != 0) {
                throw new BadInputException("--close-until " + text + ": give whole minutes, e.g. 22:00.");
            }
            return time;
        } catch (DateTimeParseException e) {
            throw new BadInputException("--close-until " + text + ": not a time of day.\nMaybe 22:00 or 24:00?");
        }
    }

    private ChannelCalendars calendars() {
        ChannelCalendars.Builder builder = ChannelCalendars.builder(GeneratorConfig.ofDefaults().calendar());
        CalendarOptions.read(calendars, "phone", builder::defaultCalendar, builder::channel);
        return builder.build();
    }

    /** Prints a report panel as plain text: title, lead, aligned tables, notes. */
    static void printText(PrintWriter out, ReportPanel panel) {
        out.println(panel.title());
        out.println(panel.lead());
        for (ReportPanel.Table table : panel.tables()) {
            out.println();
            if (!table.caption().isEmpty()) {
                out.println(table.caption());
            }
            int[] width = new int[table.columns().size()];
            for (int c = 0; c < width.length; c++) {
                width[c] = table.columns().get(c).length();
                for (List<String> row : table.rows()) {
                    width[c] = Math.max(width[c], row.get(c).length());
                }
            }
            printRow(out, table.columns(), width, table.numeric());
            for (List<String> row : table.rows()) {
                printRow(out, row, width, table.numeric());
            }
        }
        if (!panel.notes().isEmpty()) {
            out.println();
            panel.notes().forEach(note -> out.println("- " + note));
        }
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] width, List<Boolean> numeric) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String format = "%" + (numeric.get(c) ? "" : "-") + width[c] + "s";
            line.append(c == 0 ? "" : "  ").append(String.format(Locale.ROOT, format, cells.get(c)));
        }
        out.println(line.toString().stripTrailing());
    }

    private static void writeJson(JsonGenerator g, CoveragePanel coverage, ImportReport report) throws IOException {
        g.writeStartObject();
        KpiFields.writeArrayField(g, List.of(coverage.demand.result(), coverage.whatIf.result(),
                coverage.coverage.result(), coverage.immediate.result()));
        g.writeArrayFieldStart("channels");
        for (OutOfHoursDemand.ChannelRow row : coverage.demand.rows()) {
            g.writeStartObject();
            g.writeStringField("channel", row.channel().name());
            g.writeStringField("zone", row.zone().getId());
            writeSlice(g, "inHours", row.inHours());
            writeSlice(g, "outOfHours", row.outOfHours());
            g.writeFieldName("waitForOpeningMedian");
            KpiFields.write(g, row.waitForOpeningMedian());
            g.writeFieldName("waitForOpeningMean");
            KpiFields.write(g, row.waitForOpeningMean());
            g.writeArrayFieldStart("closingHourCurve");
            for (ClosingHourWhatIf.Point point : coverage.whatIf.curve(row.channel(), coverage.candidates())) {
                g.writeStartObject();
                g.writeStringField("closingTime", ClosingHourWhatIf.label(point.closingTime()));
                g.writeNumberField("gainedContacts", point.gainedContacts());
                g.writeFieldName("coverage");
                KpiFields.write(g, point.coverage());
                g.writeEndObject();
            }
            g.writeEndArray();
            KpiValue switched = coverage.coverage.switchesByChannel().get(row.channel());
            if (switched != null) {
                g.writeFieldName("channelSwitch");
                KpiFields.write(g, switched);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("writtenWithoutReply", coverage.immediate.withoutReplyCount());
        g.writeStringField("preferredChannel", "not recorded");
        g.writeStringField("customerZone", "not recorded");
        KpiCommand.writeInput(g, report);
        g.writeEndObject();
    }

    private static void writeSlice(JsonGenerator g, String name, OutOfHoursDemand.Slice slice) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("contacts", slice.contacts());
        g.writeArrayFieldStart("byLocalHour");
        for (long n : slice.byLocalHour()) {
            g.writeNumber(n);
        }
        g.writeEndArray();
        g.writeFieldName("csatTopBox");
        KpiFields.write(g, slice.csatTopBox());
        g.writeFieldName("abandonment");
        KpiFields.write(g, slice.abandonment());
        g.writeEndObject();
    }
}
