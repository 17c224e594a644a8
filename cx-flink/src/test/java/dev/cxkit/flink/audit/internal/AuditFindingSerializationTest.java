package dev.cxkit.flink.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** Findings cross Flink's network with every field and the evidence in its order. */
class AuditFindingSerializationTest {

    private static AuditFinding finding(boolean withIds) {
        Map<String, String> evidence = new LinkedHashMap<>();
        // Keys chosen so that hash order differs from insertion order.
        evidence.put("stated", "PT30S");
        evidence.put("actual", "PT2M4S");
        evidence.put("holdFrom", "2026-03-02T09:14:05Z");
        return new AuditFinding(MistakeCode.HOLD_OVER_STATED, Severity.HIGH, "hold-over-stated",
                Instant.parse("2026-03-02T09:16:09.123456789Z"), withIds ? InteractionId.of("i-1") : null,
                withIds ? CaseId.of("k-1") : null, withIds ? AgentId.of("a-1") : null, withIds ? TeamId.of("billing") : null,
                evidence, "actual > stated × 1.5 and > stated + PT30S", "Give a realistic wait; offer a callback.");
    }

    private static AuditFinding roundTrip(TypeSerializer<AuditFinding> serializer, AuditFinding finding) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(finding, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @Test
    void keepsEveryFieldAndTheEvidenceOrder() throws Exception {
        TypeSerializer<AuditFinding> serializer = AuditFindingTypeInfo.INSTANCE.createSerializer(new SerializerConfigImpl());
        for (AuditFinding finding : new AuditFinding[] {finding(true), finding(false)}) {
            AuditFinding back = roundTrip(serializer, finding);
            assertThat(back).isEqualTo(finding);
            assertThat(back.evidence().keySet()).containsExactly("stated", "actual", "holdFrom");
        }
    }

    @Test
    void flinksDefaultForTheRecordLosesTheEvidenceOrderWhichIsWhyTheJobDeclaresItsOwn() throws Exception {
        // If this starts to fail, Flink keeps map order by itself and AuditFindingTypeInfo may go.
        TypeSerializer<AuditFinding> fallback = TypeInformation.of(AuditFinding.class).createSerializer(new SerializerConfigImpl());
        assertThat(roundTrip(fallback, finding(true)).evidence().keySet()).doesNotContainSequence("stated", "actual", "holdFrom");
    }
}
