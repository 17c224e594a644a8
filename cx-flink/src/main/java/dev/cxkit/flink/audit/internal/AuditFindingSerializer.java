package dev.cxkit.flink.audit.internal;

import java.io.IOException;
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
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;
import org.jspecify.annotations.Nullable;

/**
 * A Flink serializer for {@link AuditFinding} that keeps the evidence in its order (Kryo, Flink's
 * fallback for the evidence map, gives it back in hash order). Format, version 1: code and severity
 * names, rule id, occurredAt as epoch seconds and nano-of-second, the four subject ids (each may be
 * absent), the evidence as a count and key/value pairs, threshold and fix. Findings are immutable,
 * so copies are the same object. Stateless and thread-safe.
 */
public final class AuditFindingSerializer extends TypeSerializerSingleton<AuditFinding> {

    /** The one instance. */
    public static final AuditFindingSerializer INSTANCE = new AuditFindingSerializer();

    private static final long serialVersionUID = 1L;

    /** What {@link #createInstance()} returns: Flink asks for one, and a finding cannot be empty. */
    private static final AuditFinding PLACEHOLDER = new AuditFinding(MistakeCode.LONG_HOLD, Severity.LOW,
            "placeholder", Instant.EPOCH, null, null, null, null, Map.of("placeholder", "true"), "none", "none");

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public AuditFinding createInstance() {
        return PLACEHOLDER;
    }

    @Override
    public AuditFinding copy(AuditFinding from) {
        return from;
    }

    @Override
    public AuditFinding copy(AuditFinding from, AuditFinding reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(AuditFinding finding, DataOutputView out) throws IOException {
        StringValue.writeString(finding.code().name(), out);
        StringValue.writeString(finding.severity().name(), out);
        StringValue.writeString(finding.ruleId(), out);
        out.writeLong(finding.occurredAt().getEpochSecond());
        out.writeInt(finding.occurredAt().getNano());
        StringValue.writeString(finding.interactionId() == null ? null : finding.interactionId().value(), out);
        StringValue.writeString(finding.caseId() == null ? null : finding.caseId().value(), out);
        StringValue.writeString(finding.agentId() == null ? null : finding.agentId().value(), out);
        StringValue.writeString(finding.team() == null ? null : finding.team().value(), out);
        out.writeInt(finding.evidence().size());
        for (Map.Entry<String, String> entry : finding.evidence().entrySet()) {
            StringValue.writeString(entry.getKey(), out);
            StringValue.writeString(entry.getValue(), out);
        }
        StringValue.writeString(finding.threshold(), out);
        StringValue.writeString(finding.fix(), out);
    }

    @Override
    public AuditFinding deserialize(DataInputView in) throws IOException {
        MistakeCode code = MistakeCode.valueOf(StringValue.readString(in));
        Severity severity = Severity.valueOf(StringValue.readString(in));
        String ruleId = StringValue.readString(in);
        Instant occurredAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
        String interaction = readNullable(in);
        String caseId = readNullable(in);
        String agent = readNullable(in);
        String team = readNullable(in);
        int size = in.readInt();
        Map<String, String> evidence = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            evidence.put(StringValue.readString(in), StringValue.readString(in));
        }
        return new AuditFinding(code, severity, ruleId, occurredAt,
                interaction == null ? null : InteractionId.of(interaction), caseId == null ? null : CaseId.of(caseId),
                agent == null ? null : AgentId.of(agent), team == null ? null : TeamId.of(team), evidence,
                StringValue.readString(in), StringValue.readString(in));
    }

    private static @Nullable String readNullable(DataInputView in) throws IOException {
        return StringValue.readString(in);
    }

    @Override
    public AuditFinding deserialize(AuditFinding reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
    }

    @Override
    public TypeSerializerSnapshot<AuditFinding> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The serializer's snapshot for checkpoints and savepoints: it has no configuration. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<AuditFinding> {

        /** Creates the snapshot (Flink instantiates it by reflection when restoring). */
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
