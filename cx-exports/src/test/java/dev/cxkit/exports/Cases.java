package dev.cxkit.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.Case;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;

/** Groups case events into cases, as a consumer of a profile's case events would. */
final class Cases {

    private Cases() {
    }

    static List<Case> of(List<CaseEvent> events) {
        Map<CaseId, List<CaseEvent>> byCase = new LinkedHashMap<>();
        for (CaseEvent event : events) {
            byCase.computeIfAbsent(event.caseId(), k -> new ArrayList<>()).add(event);
        }
        List<Case> cases = new ArrayList<>();
        byCase.forEach((id, list) -> cases.add(new Case(id, list)));
        return cases;
    }
}
