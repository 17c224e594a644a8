package dev.cxkit.wfm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.Money;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.FormulaEscaping;
import dev.cxkit.kpi.staffing.AverageSpeedOfAnswerTarget;
import dev.cxkit.kpi.staffing.ServiceLevelTarget;
import dev.cxkit.kpi.staffing.StaffingTarget;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

/**
 * Writes staffing plans for schedulers and people: CSV rows per interval, CSV totals per day, and one
 * JSON document with everything (settings, the forecast's backtest, rows, days, peak, cost). Instants
 * are written with the offset of the plan's zone. Output is deterministic. Thread-safe (stateless).
 *
 * <p>Interval CSV columns: {@code queue, interval_start, forecast_contacts, forecast_low,
 * forecast_high, aht_seconds, required_agents, scheduled_heads, service_level, asa_seconds,
 * occupancy, abandonment, cost}; empty cells are figures that do not apply (no contact expected, no
 * abandonment in Erlang C, no rate). Daily CSV columns: {@code queue, date, contacts,
 * scheduled_head_hours, peak_scheduled_heads, cost}.
 */
public final class StaffingPlanWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private StaffingPlanWriter() {
    }

    /**
     * Writes the interval rows of plans as CSV, with one header.
     *
     * @param plans the plans, for example one per queue
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void writeIntervalsCsv(List<StaffingPlan> plans, Writer out) {
        Checks.notNull(plans, "plans");
        Checks.notNull(out, "out");
        try {
            CSV.printRecord(out, "queue", "interval_start", "forecast_contacts", "forecast_low", "forecast_high",
                    "aht_seconds", "required_agents", "scheduled_heads", "service_level", "asa_seconds", "occupancy",
                    "abandonment", "cost");
            for (StaffingPlan plan : plans) {
                for (PlanRow r : plan.rows()) {
                    CSV.printRecord(out, FormulaEscaping.escape(plan.key()), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.start().atZone(plan.zone())),
                            IntervalCountsCsv.text(round(r.forecastContacts(), 3)), IntervalCountsCsv.text(round(r.forecastLower(), 0)), IntervalCountsCsv.text(round(r.forecastUpper(), 0)),
                            r.averageHandleTime() == null ? "" : IntervalCountsCsv.text(round(seconds(r.averageHandleTime()), 1)),
                            r.requiredAgents(), r.scheduledHeads(), optional(r.serviceLevel(), 4),
                            optional(r.averageSpeedOfAnswerSeconds(), 1), optional(r.occupancy(), 4),
                            optional(r.probabilityOfAbandoning(), 4), r.cost() == null ? "" : r.cost().amount().toPlainString());
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the plan: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the daily totals of plans as CSV, with one header.
     *
     * @param plans the plans
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void writeDailyCsv(List<StaffingPlan> plans, Writer out) {
        Checks.notNull(plans, "plans");
        Checks.notNull(out, "out");
        try {
            CSV.printRecord(out, "queue", "date", "contacts", "scheduled_head_hours", "peak_scheduled_heads", "cost");
            for (StaffingPlan plan : plans) {
                for (DailyTotal d : plan.days()) {
                    CSV.printRecord(out, FormulaEscaping.escape(plan.key()), d.date(), IntervalCountsCsv.text(round(d.contacts(), 1)), d.scheduledHeadHours().toPlainString(),
                            d.peakScheduledHeads(), d.cost() == null ? "" : d.cost().amount().toPlainString());
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the plan: " + e.getMessage(), e);
        }
    }

    /**
     * Writes plans as one JSON document: {@code {"plans":[{...}, ...]}}.
     *
     * @param plans the plans
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void writeJson(List<StaffingPlan> plans, Writer out) {
        Checks.notNull(plans, "plans");
        Checks.notNull(out, "out");
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeArrayFieldStart("plans");
            for (StaffingPlan plan : plans) {
                writePlan(json, plan);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the plan: " + e.getMessage(), e);
        }
    }

    private static void writePlan(JsonGenerator json, StaffingPlan plan) throws IOException {
        DateTimeFormatter instant = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        PlanConfig c = plan.config();
        json.writeStartObject();
        json.writeStringField("queue", plan.key());
        json.writeStringField("interval", plan.interval().toString());
        json.writeStringField("zone", plan.zone().getId());
        json.writeStringField("forecastMethod", plan.method());
        json.writeObjectFieldStart("staffing");
        json.writeStringField("model", c.model());
        if (c.patience() != null) {
            json.writeStringField("patience", c.patience().toString());
        }
        writeTarget(json, c.target());
        json.writeStringField("answerWithin", c.answerWithin().toString());
        json.writeNumberField("shrinkage", c.options().shrinkage());
        json.writeNumberField("maxOccupancy", c.options().maxOccupancy());
        if (c.options().maxAbandonment() < 1) {
            json.writeNumberField("maxAbandonment", c.options().maxAbandonment());
        }
        if (c.hourlyRate() != null) {
            writeMoney(json, "hourlyRate", c.hourlyRate());
        }
        json.writeEndObject();
        writeBacktest(json, plan.backtest());
        json.writeArrayFieldStart("intervals");
        for (PlanRow r : plan.rows()) {
            json.writeStartObject();
            json.writeStringField("start", instant.format(r.start().atZone(plan.zone())));
            json.writeNumberField("forecastContacts", round(r.forecastContacts(), 3));
            json.writeNumberField("forecastLow", r.forecastLower());
            json.writeNumberField("forecastHigh", r.forecastUpper());
            if (r.averageHandleTime() != null) {
                json.writeNumberField("ahtSeconds", round(seconds(r.averageHandleTime()), 1));
            }
            json.writeNumberField("requiredAgents", r.requiredAgents());
            json.writeNumberField("scheduledHeads", r.scheduledHeads());
            writeOptional(json, "serviceLevel", r.serviceLevel(), 4);
            writeOptional(json, "asaSeconds", r.averageSpeedOfAnswerSeconds(), 1);
            writeOptional(json, "occupancy", r.occupancy(), 4);
            writeOptional(json, "abandonment", r.probabilityOfAbandoning(), 4);
            if (r.cost() != null) {
                writeMoney(json, "cost", r.cost());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("days");
        for (DailyTotal d : plan.days()) {
            json.writeStartObject();
            json.writeStringField("date", d.date().toString());
            json.writeNumberField("contacts", round(d.contacts(), 1));
            json.writeNumberField("scheduledHeadHours", d.scheduledHeadHours());
            json.writeNumberField("peakScheduledHeads", d.peakScheduledHeads());
            if (d.cost() != null) {
                writeMoney(json, "cost", d.cost());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        if (plan.peak().isPresent()) {
            PlanRow p = plan.peak().get();
            json.writeObjectFieldStart("peak");
            json.writeStringField("start", instant.format(p.start().atZone(plan.zone())));
            json.writeNumberField("forecastContacts", round(p.forecastContacts(), 3));
            json.writeNumberField("scheduledHeads", p.scheduledHeads());
            json.writeEndObject();
        }
        json.writeNumberField("totalContacts", round(plan.totalContacts(), 1));
        json.writeNumberField("scheduledHeadHours", plan.scheduledHeadHours());
        if (plan.totalCost().isPresent()) {
            writeMoney(json, "totalCost", plan.totalCost().get());
        }
        json.writeEndObject();
    }

    private static void writeTarget(JsonGenerator json, @Nullable StaffingTarget target) throws IOException {
        if (target instanceof ServiceLevelTarget sl) {
            json.writeObjectFieldStart("target");
            json.writeStringField("kind", "service-level");
            json.writeNumberField("share", sl.share());
            json.writeStringField("answerWithin", sl.answerWithin().toString());
            json.writeEndObject();
        } else if (target instanceof AverageSpeedOfAnswerTarget asa) {
            json.writeObjectFieldStart("target");
            json.writeStringField("kind", "average-speed-of-answer");
            json.writeStringField("maximum", asa.maximum().toString());
            json.writeEndObject();
        }
    }

    static void writeBacktest(JsonGenerator json, Backtest b) throws IOException {
        json.writeObjectFieldStart("backtest");
        json.writeNumberField("origins", b.origins());
        json.writeNumberField("horizonDays", b.horizonDays());
        json.writeStringField("chosen", b.chosen());
        writeOptional(json, "skillOverSeasonalNaive", b.skillOverBaseline(), 4);
        json.writeArrayFieldStart("methods");
        for (MethodScore s : b.scores()) {
            json.writeStartObject();
            json.writeStringField("method", s.method());
            writeOptional(json, "wape", s.wape(), 4);
            writeOptional(json, "bias", s.bias(), 4);
            json.writeNumberField("intervals", s.intervals());
            json.writeArrayFieldStart("byDay");
            for (HorizonScore h : s.byDay()) {
                json.writeStartObject();
                json.writeNumberField("day", h.day());
                writeOptional(json, "wape", h.wape(), 4);
                writeOptional(json, "bias", h.bias(), 4);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!b.skipped().isEmpty()) {
            json.writeArrayFieldStart("skipped");
            for (String id : b.skipped()) {
                json.writeString(id);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeMoney(JsonGenerator json, String field, Money money) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("amount", money.amount().toPlainString());
        json.writeStringField("currency", money.currency().getCurrencyCode());
        json.writeEndObject();
    }

    private static void writeOptional(JsonGenerator json, String field, OptionalDouble value, int digits)
            throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(field, round(value.getAsDouble(), digits));
        }
    }

    private static String optional(OptionalDouble value, int digits) {
        return value.isPresent() ? IntervalCountsCsv.text(round(value.getAsDouble(), digits)) : "";
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
