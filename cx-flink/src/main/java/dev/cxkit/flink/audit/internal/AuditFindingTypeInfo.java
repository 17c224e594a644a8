package dev.cxkit.flink.audit.internal;

import dev.cxkit.audit.AuditFinding;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink type information for {@link AuditFinding}, with {@link AuditFindingSerializer}: the audit's
 * streams declare it so findings cross the network with their evidence in order. Not a key type.
 */
public final class AuditFindingTypeInfo extends TypeInformation<AuditFinding> {

    /** The one instance. */
    public static final AuditFindingTypeInfo INSTANCE = new AuditFindingTypeInfo();

    private static final long serialVersionUID = 1L;

    private AuditFindingTypeInfo() {
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<AuditFinding> getTypeClass() {
        return AuditFinding.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<AuditFinding> createSerializer(SerializerConfig config) {
        return AuditFindingSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "AuditFindingTypeInfo";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditFindingTypeInfo;
    }

    @Override
    public int hashCode() {
        return AuditFindingTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object other) {
        return other instanceof AuditFindingTypeInfo;
    }
}
