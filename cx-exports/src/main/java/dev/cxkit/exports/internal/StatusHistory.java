package dev.cxkit.exports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The status history of one case as an export gives it, turned into {@link CaseEvent}s in time
 * order: a repeated status with no new priority is dropped, and nothing is kept after CLOSED
 * (cx-core's cases are final once closed). Not thread-safe.
 */
final class StatusHistory {

    private record Change(Instant at, CaseStatus status, @Nullable Priority priority, int order) {
    }

    private final String caseId;
    private final List<Change> changes = new ArrayList<>();

    StatusHistory(String caseId) {
        this.caseId = caseId;
    }

    StatusHistory add(Instant at, CaseStatus status, @Nullable Priority priority) {
        changes.add(new Change(at, status, priority, changes.size()));
        return this;
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The last status given, in time order, or {@code null} if none. */
    @Nullable CaseStatus last() {
        return changes.stream().max(Comparator.comparing(Change::at).thenComparingInt(Change::order))
                .map(Change::status).orElse(null);
    }

    /** The instant of the last change, or {@code null} if none. */
    @Nullable Instant lastAt() {
        return changes.stream().map(Change::at).max(Comparator.naturalOrder()).orElse(null);
    }

    List<CaseEvent> events() {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(Change::at).thenComparingInt(Change::order));
        List<CaseEvent> events = new ArrayList<>();
        CaseStatus previous = null;
        CaseId id = CaseId.of(caseId);
        for (Change change : sorted) {
            if (previous == CaseStatus.CLOSED) {
                break;
            }
            if (change.status() == previous && change.priority() == null) {
                continue;
            }
            events.add(new CaseEvent(id, change.at(), change.status(), change.priority()));
            previous = change.status();
        }
        return events;
    }
}
