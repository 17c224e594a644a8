package dev.cxkit.cli;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.kpi.Comparison;
import dev.cxkit.kpi.KpiUnit;

/** How {@code cx compare}, the demo and the report print a {@link Comparison}: one row, or JSON. */
final class ComparisonText {

    private ComparisonText() {
    }

    /** A group's contacts and mean, for example {@code 1,204 at 2.31}, or {@code 0 (-)}. */
    static String group(Comparison.Group group, KpiUnit unit) {
        return String.format(Locale.ROOT, "%,d at %s", group.count(), group.count() == 0 ? "-" : unit.format(group.mean()));
    }

    /** The difference and interval, for example {@code +0.41 [+0.22, +0.60]}, or the reason there is none. */
    static String difference(Comparison comparison) {
        if (comparison instanceof Comparison.Compared c) {
            return signed(c.unit(), c.difference()) + " [" + signed(c.unit(), c.low()) + ", " + signed(c.unit(), c.high()) + "]";
        }
        return "not compared: " + ((Comparison.NotCompared) comparison).reason();
    }

    /** {@code beyond noise}, {@code within noise} or {@code -}. */
    static String verdict(Comparison comparison) {
        if (comparison instanceof Comparison.Compared c) {
            return c.beyondNoise() ? "beyond noise" : "within noise";
        }
        return "-";
    }

    /** A signed difference: percentage points for shares, seconds for times, the score otherwise. */
    static String signed(KpiUnit unit, double value) {
        // A difference that rounds to zero is printed without a sign, not as -0.00.
        double step = unit == KpiUnit.RATIO ? 0.001 : unit == KpiUnit.SECONDS ? 0.1 : 0.01;
        if (Math.abs(value) < step / 2) {
            value = 0;
        }
        return switch (unit) {
            case RATIO -> String.format(Locale.ROOT, "%+.1f pp", value * 100);
            case SECONDS -> (value < 0 ? "-" : "+") + unit.format(Math.abs(value));
            default -> String.format(Locale.ROOT, "%+.2f", value);
        };
    }

    /** Writes one comparison as a JSON object. */
    static void writeJson(JsonGenerator g, Comparison comparison) throws IOException {
        g.writeStartObject();
        g.writeStringField("measure", comparison.measure());
        writeGroup(g, "first", comparison.first());
        writeGroup(g, "second", comparison.second());
        if (comparison instanceof Comparison.Compared c) {
            g.writeStringField("unit", c.unit().name());
            g.writeNumberField("difference", c.difference());
            g.writeNumberField("low", c.low());
            g.writeNumberField("high", c.high());
            g.writeNumberField("confidence", c.confidence());
            g.writeNumberField("degreesOfFreedom", c.degreesOfFreedom());
            g.writeBooleanField("beyondNoise", c.beyondNoise());
        } else {
            g.writeStringField("notCompared", ((Comparison.NotCompared) comparison).reason());
        }
        g.writeEndObject();
    }

    private static void writeGroup(JsonGenerator g, String field, Comparison.Group group) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("name", group.name());
        g.writeNumberField("count", group.count());
        if (group.count() > 0) {
            g.writeNumberField("mean", group.mean());
        } else {
            g.writeNullField("mean");
        }
        g.writeNumberField("notRecorded", group.notRecorded());
        g.writeEndObject();
    }
}
