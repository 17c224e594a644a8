package dev.cxkit.json.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.kpi.KpiValue;

/**
 * Writes KPI values into a Jackson generator, for {@link dev.cxkit.json.KpiJson} and for cxkit's own
 * front ends (the command line, the Flink job). Stateless and thread-safe.
 */
public final class KpiFields {

    private KpiFields() {
    }

    /**
     * Writes one value as an object: {@code {"id":…,"variant":…,"value":…,"count":…,"unit":…}}, with
     * {@code "value":null} for an empty value.
     *
     * @param json the generator, positioned where a value may be written
     * @param value the KPI value
     * @throws IOException if the generator fails
     */
    public static void write(JsonGenerator json, KpiValue value) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", value.id());
        json.writeStringField("variant", value.variant());
        if (value.value().isPresent()) {
            json.writeNumberField("value", value.value().getAsDouble());
        } else {
            json.writeNullField("value");
        }
        json.writeNumberField("count", value.count());
        json.writeStringField("unit", value.unit().name());
        json.writeEndObject();
    }

    /**
     * Writes the field {@code "kpis"}, an array of values, inside an object the caller has opened.
     *
     * @param json the generator, positioned inside an object
     * @param values the values, written in this order
     * @throws IOException if the generator fails
     */
    public static void writeArrayField(JsonGenerator json, Iterable<? extends KpiValue> values) throws IOException {
        json.writeArrayFieldStart("kpis");
        for (KpiValue value : values) {
            write(json, value);
        }
        json.writeEndArray();
    }
}
