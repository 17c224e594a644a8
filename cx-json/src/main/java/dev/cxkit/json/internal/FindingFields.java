package dev.cxkit.json.internal;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.audit.AuditFinding;
import org.jspecify.annotations.Nullable;

/**
 * Writes audit findings into an open Jackson generator, for {@link dev.cxkit.json.AuditJson} and for
 * cxkit's own front ends that embed them in a larger document (the HTTP service, the command line): a {@code "findings"}
 * array and a {@code "counts"} object. Each finding has {@code code}, {@code interactionId},
 * {@code severity}, {@code evidence} (an object of the finding's ordered facts) and {@code fix}, the
 * contract's fields, plus {@code ruleId}, {@code occurredAt}, {@code caseId}, {@code agentId},
 * {@code team} (null when the finding has none) and {@code threshold}. The counts hold, per mistake
 * code in {@link MistakeCode} order, the number of findings with that code; codes without findings
 * are left out. Stateless and thread-safe.
 */
public final class FindingFields {

    private FindingFields() {
    }

    /**
     * Writes the {@code "findings"} and {@code "counts"} fields inside an object the caller has
     * opened (and closes).
     *
     * @param json the generator, positioned inside an object
     * @param findings the findings, written in this order
     * @throws IOException if the generator fails
     */
    public static void writeFields(JsonGenerator json, List<AuditFinding> findings) throws IOException {
        json.writeArrayFieldStart("findings");
        Map<MistakeCode, Long> counts = new EnumMap<>(MistakeCode.class);
        for (AuditFinding finding : findings) {
            writeFinding(json, finding);
            counts.merge(finding.code(), 1L, Long::sum);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("counts");
        for (Map.Entry<MistakeCode, Long> count : counts.entrySet()) {
            json.writeNumberField(count.getKey().name(), count.getValue());
        }
        json.writeEndObject();
    }

    /**
     * Writes one finding as an object.
     *
     * @param json the generator, positioned where a value may be written
     * @param finding the finding
     * @throws IOException if the generator fails
     */
    public static void writeFinding(JsonGenerator json, AuditFinding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", finding.code().name());
        writeId(json, "interactionId", finding.interactionId() == null ? null : finding.interactionId().value());
        json.writeStringField("severity", finding.severity().name());
        json.writeObjectFieldStart("evidence");
        for (Map.Entry<String, String> fact : finding.evidence().entrySet()) {
            json.writeStringField(fact.getKey(), fact.getValue());
        }
        json.writeEndObject();
        json.writeStringField("fix", finding.fix());
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("occurredAt", finding.occurredAt().toString());
        writeId(json, "caseId", finding.caseId() == null ? null : finding.caseId().value());
        writeId(json, "agentId", finding.agentId() == null ? null : finding.agentId().value());
        writeId(json, "team", finding.team() == null ? null : finding.team().value());
        json.writeStringField("threshold", finding.threshold());
        json.writeEndObject();
    }

    private static void writeId(JsonGenerator json, String field, @Nullable String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
