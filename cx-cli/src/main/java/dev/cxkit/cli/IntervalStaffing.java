package dev.cxkit.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import dev.cxkit.json.internal.JsonText;
import dev.cxkit.kpi.staffing.TrafficLoad;
import dev.cxkit.wfm.IntervalSeries;
import org.jspecify.annotations.Nullable;

/**
 * {@code cx staffing erlang-c|erlang-a --input FILE | --counts FILE}: the one-interval calculation of
 * {@link StaffingCommand} applied to every interval of a history, as it happened (arrivals and handle
 * time per interval, from interactions or an interval-counts file).
 *
 * <p>What the history does not carry stays unknown: an interval whose contacts are not recorded is
 * listed as not recorded and never staffed as if nobody had called; an interval with contacts but no
 * recorded handle time is staffed with {@code --aht} when given, and left unstaffed otherwise. An
 * interval where nobody arrived needs no agent. An interval the model cannot staff (with
 * {@code --agents N}, a load N agents cannot serve at all; or a target out of reach) carries the
 * model's reason instead of ending the run.
 */
final class IntervalStaffing {

    /** One model's answer for one interval, or why there is none. */
    record Figures(int agents, int scheduledAgents, double serviceLevel, double averageSpeedOfAnswerSeconds,
            double occupancy, @Nullable Double probabilityOfAbandoning) {
    }

    /** Staffs one interval: a load and a handle time in, figures out; an unstable queue throws. */
    @FunctionalInterface
    interface Model {
        Figures staff(TrafficLoad load, Duration averageHandleTime);
    }

    /** An interval's row: its figures, or the reason it has none ({@code figures} null). */
    record Row(String queue, Instant start, OptionalDouble contacts, @Nullable Duration averageHandleTime,
            @Nullable Figures figures, @Nullable String status) {
    }

    private IntervalStaffing() {
    }

    /**
     * Staffs every interval of every series.
     *
     * @param series the history
     * @param fallbackAht the handle time for intervals without one, or null to leave them unstaffed
     * @param model the model
     * @return one row per interval, series after series, in time order
     */
    static List<Row> rows(List<IntervalSeries> series, @Nullable Duration fallbackAht, Model model) {
        List<Row> rows = new ArrayList<>();
        for (IntervalSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                rows.add(row(s, i, fallbackAht, model));
            }
        }
        return rows;
    }

    private static Row row(IntervalSeries s, int i, @Nullable Duration fallbackAht, Model model) {
        Instant start = s.startOf(i);
        OptionalDouble contacts = s.contacts(i);
        if (contacts.isEmpty()) {
            return new Row(s.key(), start, contacts, null, null, "not recorded");
        }
        OptionalDouble ahtSeconds = s.averageHandleTimeSeconds(i);
        Duration aht = ahtSeconds.isPresent() ? Duration.ofNanos(Math.round(ahtSeconds.getAsDouble() * 1e9)) : fallbackAht;
        if (contacts.getAsDouble() == 0) {
            return new Row(s.key(), start, contacts, aht, new Figures(0, 0, Double.NaN, Double.NaN, Double.NaN, null),
                    "no contacts");
        }
        if (aht == null) {
            return new Row(s.key(), start, contacts, null, null, "no handle time recorded (give --aht)");
        }
        try {
            return new Row(s.key(), start, contacts, aht,
                    model.staff(TrafficLoad.perInterval(contacts.getAsDouble(), s.interval()), aht), null);
        } catch (IllegalArgumentException e) {
            // An unstable queue for --agents N, or a target the model cannot reach: the model's own first line.
            String message = String.valueOf(e.getMessage());
            int end = message.indexOf('\n');
            return new Row(s.key(), start, contacts, aht, null, end < 0 ? message : message.substring(0, end));
        }
    }

    /**
     * Prints the rows as a table, or as one JSON document.
     *
     * @param out where to print
     * @param title the model and its settings, one line
     * @param rows the rows
     * @param zone the zone the starts are printed in
     * @param json whether to print JSON
     */
    static void print(PrintWriter out, String title, List<Row> rows, ZoneId zone, boolean json) {
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                g.writeStringField("model", title);
                g.writeArrayFieldStart("intervals");
                for (Row row : rows) {
                    g.writeStartObject();
                    g.writeStringField("queue", row.queue());
                    g.writeStringField("intervalStart", row.start().atZone(zone).toOffsetDateTime().toString());
                    if (row.contacts().isPresent()) {
                        g.writeNumberField("contacts", row.contacts().getAsDouble());
                    } else {
                        g.writeNullField("contacts");
                    }
                    if (row.averageHandleTime() != null) {
                        g.writeNumberField("ahtSeconds", row.averageHandleTime().toNanos() / 1e9);
                    } else {
                        g.writeNullField("ahtSeconds");
                    }
                    Figures f = row.figures();
                    if (f != null) {
                        g.writeNumberField("agents", f.agents());
                        g.writeNumberField("scheduledAgents", f.scheduledAgents());
                        number(g, "serviceLevel", f.serviceLevel());
                        number(g, "averageSpeedOfAnswerSeconds", f.averageSpeedOfAnswerSeconds());
                        number(g, "occupancy", f.occupancy());
                        if (f.probabilityOfAbandoning() != null) {
                            number(g, "probabilityOfAbandoning", f.probabilityOfAbandoning());
                        }
                    }
                    if (row.status() != null) {
                        g.writeStringField("status", row.status());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }));
            return;
        }
        out.println(title);
        out.printf(Locale.ROOT, "%-12s %-25s %8s %8s %7s %9s %7s %8s %6s%n", "queue", "interval start", "contacts",
                "AHT s", "agents", "schedule", "SL", "ASA s", "occ.");
        int peak = 0;
        long unstaffed = 0;
        for (Row row : rows) {
            String contacts = row.contacts().isPresent() ? trim(row.contacts().getAsDouble()) : "-";
            String aht = row.averageHandleTime() == null ? "-"
                    : String.format(Locale.ROOT, "%.1f", row.averageHandleTime().toNanos() / 1e9);
            Figures f = row.figures();
            String start = row.start().atZone(zone).toOffsetDateTime().toString();
            if (f == null || f.agents() == 0) {
                out.printf(Locale.ROOT, "%-12s %-25s %8s %8s %7s %9s  %s%n", row.queue(), start, contacts, aht,
                        f == null ? "-" : "0", f == null ? "-" : "0", row.status());
                if (f == null) {
                    unstaffed++;
                }
                continue;
            }
            peak = Math.max(peak, f.scheduledAgents());
            out.printf(Locale.ROOT, "%-12s %-25s %8s %8s %7d %9d %6.1f%% %8.1f %5.1f%%%n", row.queue(), start, contacts,
                    aht, f.agents(), f.scheduledAgents(), f.serviceLevel() * 100, f.averageSpeedOfAnswerSeconds(),
                    f.occupancy() * 100);
        }
        out.printf(Locale.ROOT, "%d intervals; peak %d scheduled agents; %d intervals without figures "
                + "(not recorded, no handle time, or the model's reason).%n", rows.size(), peak, unstaffed);
    }

    private static void number(com.fasterxml.jackson.core.JsonGenerator g, String name, double value)
            throws java.io.IOException {
        if (Double.isNaN(value)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
