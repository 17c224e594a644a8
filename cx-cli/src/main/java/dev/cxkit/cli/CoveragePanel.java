package dev.cxkit.cli;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cxkit.cli.report.ReportPanel;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.ChannelCalendars;
import dev.cxkit.kpi.ChannelCoverage;
import dev.cxkit.kpi.ClosingHourWhatIf;
import dev.cxkit.kpi.ImmediateResponse;
import dev.cxkit.kpi.KpiUnit;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.OutOfHoursDemand;
import dev.cxkit.synthetic.GeneratorConfig;

/**
 * The out-of-hours and channel-coverage measures of issue 22 over one stream of interactions, and
 * the report panel that shows them ({@code out-of-hours}): demand while closed per channel beside
 * in-hours demand, the closing-hour curve, arrivals by local hour, channel switches and immediate
 * replies on written channels. {@code cx coverage} prints the same panel as text. Not thread-safe.
 */
final class CoveragePanel {

    final OutOfHoursDemand demand;
    final ClosingHourWhatIf whatIf;
    final ChannelCoverage coverage;
    final ImmediateResponse immediate;
    final LocalTime closeUntil;
    private final boolean defaultCalendar;

    /**
     * Measures by the given calendars.
     *
     * @param calendars the opening hours of each channel
     * @param closeUntil the last candidate closing time of the curve; {@code MIDNIGHT} for 24:00
     * @param immediateReply the threshold of an immediate written reply
     * @param defaultCalendar whether the calendars are the generator's default (a note says so)
     */
    CoveragePanel(ChannelCalendars calendars, LocalTime closeUntil, Duration immediateReply,
            boolean defaultCalendar) {
        this.demand = OutOfHoursDemand.create(calendars);
        this.whatIf = ClosingHourWhatIf.create(calendars);
        this.coverage = ChannelCoverage.create();
        this.immediate = ImmediateResponse.create(immediateReply);
        this.closeUntil = closeUntil;
        this.defaultCalendar = defaultCalendar;
    }

    /** Measures by the generator's calendar (the demo's opening hours), curve to 24:00, replies within 10 min. */
    CoveragePanel() {
        this(ChannelCalendars.of(GeneratorConfig.ofDefaults().calendar()), LocalTime.MIDNIGHT,
                ImmediateResponse.DEFAULT_THRESHOLD, true);
    }

    void accept(Interaction interaction) {
        demand.accept(interaction);
        whatIf.accept(interaction);
        coverage.accept(interaction);
        immediate.accept(interaction);
    }

    /** The candidate closing times: hourly from the earliest close of any channel seen to closeUntil. */
    List<LocalTime> candidates() {
        int first = 24 * 60;
        for (Channel channel : whatIf.channels()) {
            LocalTime close = whatIf.earliestClose(channel);
            first = Math.min(first, close.equals(LocalTime.MIDNIGHT) ? 24 * 60 : close.getHour() * 60 + close.getMinute());
        }
        int last = closeUntil.equals(LocalTime.MIDNIGHT) ? 24 * 60 : closeUntil.getHour() * 60 + closeUntil.getMinute();
        List<LocalTime> times = new ArrayList<>();
        for (int m = first; m <= last; m += 60) {
            times.add(m == 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(m / 60, m % 60));
        }
        return times;
    }

    private static String show(KpiValue value) {
        return value.value().isPresent() ? value.unit().format(value.value().getAsDouble()) : "-";
    }

    /** A threshold as a person writes it: {@code 10 min}, {@code 90 s}. */
    private static String threshold(Duration value) {
        return value.toSeconds() % 60 == 0 ? value.toMinutes() + " min" : KpiUnit.SECONDS.format(value.toSeconds());
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** The panel's lead sentence, for the demo's text. */
    String summary() {
        return lead(demand.rows(), demand.result());
    }

    ReportPanel panel() {
        List<OutOfHoursDemand.ChannelRow> rows = demand.rows();
        KpiValue share = demand.result();
        ReportPanel.Builder panel = ReportPanel.builder("out-of-hours", "Out-of-hours demand and channel coverage");
        panel.lead(lead(rows, share));

        ReportPanel.TableBuilder demandTable = ReportPanel.Table.builder("Arrivals in and out of opening hours")
                .column("Channel").numericColumn("In hours").numericColumn("Out of hours").numericColumn("Share out")
                .numericColumn("Median wait for opening").numericColumn("Mean wait");
        ReportPanel.TableBuilder experience = ReportPanel.Table.builder("How they fared (top-box CSAT, abandonment)")
                .column("Channel").numericColumn("CSAT in").numericColumn("CSAT out").numericColumn("Abandoned in")
                .numericColumn("Abandoned out");
        for (OutOfHoursDemand.ChannelRow row : rows) {
            demandTable.row(row.channel().name(), count(row.inHours().contacts()), count(row.outOfHours().contacts()),
                    show(row.outOfHoursShare()), show(row.waitForOpeningMedian()), show(row.waitForOpeningMean()));
            experience.row(row.channel().name(), show(row.inHours().csatTopBox()), show(row.outOfHours().csatTopBox()),
                    show(row.inHours().abandonment()), show(row.outOfHours().abandonment()));
        }
        panel.table(demandTable.build()).table(experience.build());

        // Channels without an arrival while closed have a flat curve and an empty column of hours; a note
        // names the live ones, so the tables keep to the channels that have something to show.
        List<OutOfHoursDemand.ChannelRow> closedDemand = rows.stream()
                .filter(row -> row.outOfHours().contacts() > 0).toList();
        List<LocalTime> candidates = candidates();
        if (!candidates.isEmpty() && !closedDemand.isEmpty()) {
            ReportPanel.TableBuilder curve = ReportPanel.Table.builder(
                    "If every open day closed at … (contacts served on their day, coverage of demand)")
                    .column("Closing at");
            List<List<ClosingHourWhatIf.Point>> points = new ArrayList<>();
            for (OutOfHoursDemand.ChannelRow row : closedDemand) {
                curve.numericColumn(row.channel().name());
                points.add(whatIf.curve(row.channel(), candidates));
            }
            for (int i = 0; i < candidates.size(); i++) {
                List<String> cells = new ArrayList<>();
                cells.add(ClosingHourWhatIf.label(candidates.get(i)));
                for (List<ClosingHourWhatIf.Point> curveOf : points) {
                    ClosingHourWhatIf.Point point = curveOf.get(i);
                    cells.add("+" + count(point.gainedContacts()) + " (" + show(point.coverage()) + ")");
                }
                curve.row(cells);
            }
            panel.table(curve.build());
        }

        ReportPanel.TableBuilder hours = ReportPanel.Table.builder("Out-of-hours arrivals by local hour of the calendar")
                .column("Hour");
        for (OutOfHoursDemand.ChannelRow row : closedDemand) {
            hours.numericColumn(row.channel().name());
        }
        boolean anyHour = false;
        for (int h = 0; h < 24; h++) {
            List<String> cells = new ArrayList<>();
            cells.add(String.format(Locale.ROOT, "%02d:00", h));
            long total = 0;
            for (OutOfHoursDemand.ChannelRow row : closedDemand) {
                long n = row.outOfHours().byLocalHour().get(h);
                total += n;
                cells.add(count(n));
            }
            if (total > 0) {
                hours.row(cells);
                anyHour = true;
            }
        }
        if (anyHour) {
            panel.table(hours.build());
        }

        Map<Channel, KpiValue> switches = coverage.switchesByChannel();
        ReportPanel.TableBuilder channels = ReportPanel.Table.builder("Channels used")
                .column("Channel").numericColumn("Contacts").numericColumn("Switched to it (same issue, 7 days)");
        coverage.contactsByChannel().forEach((channel, n) -> channels.row(channel.name(), count(n),
                show(switches.getOrDefault(channel, KpiValue.empty(ChannelCoverage.ID, "", 0,
                        KpiUnit.RATIO)))));
        panel.table(channels.build());

        notes(panel, rows);
        return panel.build();
    }

    private String lead(List<OutOfHoursDemand.ChannelRow> rows, KpiValue share) {
        if (share.isEmpty()) {
            return "No contact to judge.";
        }
        long out = rows.stream().mapToLong(r -> r.outOfHours().contacts()).sum();
        OutOfHoursDemand.ChannelRow most = rows.stream()
                .max((a, b) -> Long.compare(a.outOfHours().contacts(), b.outOfHours().contacts())).orElseThrow();
        String text = String.format(Locale.ROOT, "%s of %s contacts arrived while their channel was closed",
                show(share), count(share.count()));
        if (out > 0) {
            text += String.format(Locale.ROOT, ", most of them by %s (%s; median wait for opening %s)",
                    most.channel().name(), count(most.outOfHours().contacts()), show(most.waitForOpeningMedian()));
        }
        KpiValue immediateShare = immediate.result();
        if (!immediateShare.isEmpty()) {
            text += String.format(Locale.ROOT, ". %s of written contacts had a first reply within %s",
                    show(immediateShare), threshold(immediate.threshold()));
        }
        KpiValue switched = coverage.result();
        if (!switched.isEmpty() && coverage.contactsByChannel().size() > 1) {
            text += String.format(Locale.ROOT, "; %s of contacts switched channel for the same issue", show(switched));
        }
        return text + ".";
    }

    private void notes(ReportPanel.Builder panel, List<OutOfHoursDemand.ChannelRow> rows) {
        if (defaultCalendar) {
            panel.note("Opening hours: " + GeneratorConfig.ofDefaults().calendar()
                    + " (the generator's calendar; give the team's own with --calendar).");
        }
        for (OutOfHoursDemand.ChannelRow row : rows) {
            if (row.channel().isLive() && row.outOfHours().contacts() == 0) {
                panel.note("No " + row.channel().name() + " contact arrived while closed. A closed line usually "
                        + "records nothing, so the demand it turned away is not in the data.");
            }
        }
        panel.note("Hours are the local hours of the channel's calendar. The customer's own time zone is not "
                + "recorded, so demand from other zones shows only as arrivals outside opening hours.");
        panel.note("The closing-hour curve assumes demand would not move and every contact that arrived before the "
                + "new close would be answered that day: an upper bound that needs the staff for it.");
        panel.note(String.format(Locale.ROOT, "Immediate reply: e-mail, social and messaging only (chat keeps its "
                + "45 s target); %s written contacts without a recorded first reply are left out, not counted as "
                + "late.", count(immediate.withoutReplyCount())));
        panel.note("Preferred channel: not recorded (no input format carries a customer's preferred channel; "
                + "the library's ChannelCoverage takes Customer records for it).");
    }
}
