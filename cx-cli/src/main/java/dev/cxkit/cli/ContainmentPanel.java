package dev.cxkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.cli.report.ReportPanel;
import dev.cxkit.core.Interaction;
import dev.cxkit.json.internal.KpiFields;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.SelfServiceContainment;
import org.jspecify.annotations.Nullable;

/**
 * Self-service containment (issue 22) for {@code cx kpi} (text and JSON) and the HTML report's
 * "containment" panel: one {@link SelfServiceContainment} fed as the records are read, judged at the
 * end of the data (or at the instant FCR is judged, when one is given). Without a single bot
 * session every figure is "not recorded". Not thread-safe.
 */
final class ContainmentPanel {

    private final SelfServiceContainment containment = SelfServiceContainment.create();
    private @Nullable Instant judgedAt;

    /** Counts one interaction. */
    void accept(Interaction interaction) {
        containment.accept(interaction);
    }

    /**
     * Judges sessions at {@code value} instead of the latest {@code queuedAt} seen.
     *
     * @param value the end of the observed data, or {@code null} for the latest contact
     * @return this panel
     */
    ContainmentPanel judgedAt(@Nullable Instant value) {
        this.judgedAt = value;
        return this;
    }

    SelfServiceContainment.Summary summary() {
        return judgedAt != null ? containment.summary(judgedAt) : containment.summary();
    }

    /** The report's panel: the lead figures, one table per contact reason, and what was not judged. */
    ReportPanel panel() {
        SelfServiceContainment.Summary s = summary();
        ReportPanel.Builder panel = ReportPanel.builder("containment", "Self-service containment");
        if (!s.hasSessions()) {
            return panel.lead("Not recorded: no contact in this data carries a bot or self-service session.").build();
        }
        panel.lead(String.format(Locale.ROOT, "%s of %,d judged bot sessions were not followed by a live contact "
                + "of the same customer and reason within %s; bots carried %s of all demand to the end.",
                text(s.containment()), s.judged(), window(s.window()), text(s.deflection())));
        ReportPanel.TableBuilder table = ReportPanel.Table.builder("By contact reason")
                .column("Reason").numericColumn("Sessions").numericColumn("Live contacts")
                .numericColumn("Automation share").numericColumn("Contained");
        for (SelfServiceContainment.ReasonRow row : s.byReason()) {
            table.row(row.reason().key(), String.format(Locale.ROOT, "%,d", row.sessions()),
                    String.format(Locale.ROOT, "%,d", row.liveContacts()), text(row.automationShare()),
                    text(row.containment()));
        }
        panel.table(table.build());
        panel.table(ReportPanel.Table.builder("Live contacts and their handle time")
                .column("Came to a person").numericColumn("Contacts").numericColumn("Mean handle time")
                .row("after a failed bot session", String.format(Locale.ROOT, "%,d", s.liveAfterFailedSession()),
                        text(s.ahtAfterFailedSession()))
                .row("straight, no session before", String.format(Locale.ROOT, "%,d", s.liveStraightToPerson()),
                        text(s.ahtStraightToPerson()))
                .build());
        panel.note(String.format(Locale.ROOT, "%,d sessions not judged: their %s window runs past the end of the data, "
                + "or they have no contact reason. They never count as contained.", s.notJudged(),
                window(s.window())));
        panel.note("A hand-over to a person counts as not contained. Failed: abandoned, looped or handed over.");
        return panel.build();
    }

    /** The text lines of {@code cx kpi}. */
    void print(PrintWriter out) {
        SelfServiceContainment.Summary s = summary();
        out.println();
        if (!s.hasSessions()) {
            out.println("Self-service containment: not recorded (no bot or self-service session in the data).");
            return;
        }
        out.printf(Locale.ROOT, "Self-service containment (window %s, %,d sessions, %,d judged, %,d not judged)%n",
                window(s.window()), s.sessions(), s.judged(), s.notJudged());
        out.printf(Locale.ROOT, "  %-30s %12s%n", SelfServiceContainment.ID, text(s.containment()));
        out.printf(Locale.ROOT, "  %-30s %12s%n", SelfServiceContainment.DEFLECTION_ID, text(s.deflection()));
        out.printf(Locale.ROOT, "  live after a failed session    %,8d, mean handle time %s%n",
                s.liveAfterFailedSession(), text(s.ahtAfterFailedSession()));
        out.printf(Locale.ROOT, "  live straight to a person      %,8d, mean handle time %s%n",
                s.liveStraightToPerson(), text(s.ahtStraightToPerson()));
        out.printf(Locale.ROOT, "  %-30s %10s %10s %12s %10s%n", "reason", "sessions", "live", "automation", "contained");
        for (SelfServiceContainment.ReasonRow row : s.byReason()) {
            out.printf(Locale.ROOT, "  %-30s %,10d %,10d %12s %10s%n", row.reason().key(), row.sessions(),
                    row.liveContacts(), text(row.automationShare()), text(row.containment()));
        }
    }

    /** Writes the field {@code "containment"}: {@code null} without sessions (not recorded). */
    void writeJson(JsonGenerator g) throws IOException {
        SelfServiceContainment.Summary s = summary();
        if (!s.hasSessions()) {
            g.writeNullField("containment");
            return;
        }
        g.writeObjectFieldStart("containment");
        g.writeStringField("window", s.window().toString());
        if (s.observedUntil() != null) {
            g.writeStringField("judgedAt", s.observedUntil().toString());
        }
        g.writeNumberField("sessions", s.sessions());
        g.writeNumberField("judged", s.judged());
        g.writeNumberField("notJudged", s.notJudged());
        g.writeNumberField("contained", s.contained());
        g.writeNumberField("liveContacts", s.liveContacts());
        g.writeFieldName("containment");
        KpiFields.write(g, s.containment());
        g.writeFieldName("deflection");
        KpiFields.write(g, s.deflection());
        g.writeObjectFieldStart("afterFailedSession");
        g.writeNumberField("contacts", s.liveAfterFailedSession());
        g.writeFieldName("aht");
        KpiFields.write(g, s.ahtAfterFailedSession());
        g.writeEndObject();
        g.writeObjectFieldStart("straightToPerson");
        g.writeNumberField("contacts", s.liveStraightToPerson());
        g.writeFieldName("aht");
        KpiFields.write(g, s.ahtStraightToPerson());
        g.writeEndObject();
        g.writeArrayFieldStart("byReason");
        for (SelfServiceContainment.ReasonRow row : s.byReason()) {
            g.writeStartObject();
            g.writeStringField("reason", row.reason().key());
            g.writeNumberField("sessions", row.sessions());
            g.writeNumberField("liveContacts", row.liveContacts());
            g.writeFieldName("automationShare");
            KpiFields.write(g, row.automationShare());
            g.writeFieldName("containment");
            KpiFields.write(g, row.containment());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** "7 days" for whole days, else ISO-8601. */
    private static String window(java.time.Duration window) {
        return window.toHoursPart() == 0 && window.toMinutesPart() == 0 && window.toSecondsPart() == 0
                && window.toNanosPart() == 0 ? window.toDays() + (window.toDays() == 1 ? " day" : " days") : window.toString();
    }

    private static String text(KpiValue value) {
        return value.value().isPresent() ? value.unit().format(value.value().getAsDouble()) : "-";
    }
}
