package dev.cxkit.core.io.internal;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Priority;
import org.jspecify.annotations.Nullable;

/** docs/formats.md case events. Events are not unique per case, so there is no key. Stateless. */
public final class JsonCaseEventFormat implements JsonRecordFormat<CaseEvent> {

    private static final FieldNames FIELDS = FieldNames.of("caseId", "at", "status", "priority");

    @Override
    public CaseEvent parse(JsonObject root, ImportSession session) {
        root.warnUnknown(FIELDS, session);
        CaseId caseId = root.required("caseId", CaseId::of);
        var at = root.requiredInstant("at");
        CaseStatus status = root.required("status", CaseStatus::parse);
        Priority priority = root.optional("priority", Priority::parse);
        return DomainErrors.build(null, () -> new CaseEvent(caseId, at, status, priority));
    }

    @Override
    public @Nullable String uniqueKey(CaseEvent value) {
        return null;
    }

    @Override
    public String keyField() {
        return "caseId";
    }
}
