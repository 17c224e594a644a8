package dev.cxkit.json.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.kpi.Benchmark;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.ScorecardRow;

/**
 * Writes a scorecard report as one JSON object into a Jackson generator, for
 * {@link dev.cxkit.json.ScorecardJson} and for cxkit's own front ends that embed it in a larger
 * document (the HTTP service, the command line, the Flink job). Stateless and thread-safe.
 */
public final class ScorecardFields {

    private ScorecardFields() {
    }

    /**
     * Writes the report as an object at the generator's position.
     *
     * @param json the generator, positioned where a value may be written
     * @param report the report
     * @throws IOException if the generator fails
     */
    public static void write(JsonGenerator json, Scorecard.Report report) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("rows");
        for (ScorecardRow row : report.rows()) {
            Benchmark b = row.benchmark();
            json.writeStartObject();
            json.writeStringField("id", b.kpiId());
            json.writeStringField("variant", row.variant());
            json.writeStringField("label", b.label());
            if (row.value().isPresent()) {
                json.writeNumberField("value", row.value().getAsDouble());
            } else {
                json.writeNullField("value");
            }
            json.writeNumberField("target", b.target());
            json.writeStringField("comparison", b.comparison().symbol());
            json.writeBooleanField("met", row.isMet());
            json.writeStringField("status", row.status().name());
            json.writeNumberField("count", row.count());
            json.writeStringField("unit", b.unit().name());
            json.writeStringField("source", b.source());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("met", report.count(ScorecardRow.Status.MET));
        json.writeNumberField("notMet", report.count(ScorecardRow.Status.NOT_MET));
        json.writeNumberField("noData", report.count(ScorecardRow.Status.NO_DATA));
        json.writeEndObject();
    }
}
