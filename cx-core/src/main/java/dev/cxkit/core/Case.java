package dev.cxkit.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A customer issue across interactions, described by its status history. Opened, resolved and
 * reopened instants are derived from the events. Immutable.
 *
 * <p>Definitions: the case was <em>opened</em> at its first event; it is <em>resolved</em> by a move
 * to {@link CaseStatus#SOLVED} or {@link CaseStatus#CLOSED}; it is <em>reopened</em> by a move from
 * {@code SOLVED} back to an active status (NEW, OPEN, PENDING, ON_HOLD). {@code CLOSED} is final:
 * an event after it is rejected.
 *
 * @param id the case's id
 * @param events the status history, sorted by instant (ties keep their given order)
 */
public record Case(CaseId id, List<CaseEvent> events) {

    /**
     * Sorts the events and validates that they belong to this case. Events may follow CLOSED: some
     * helpdesks (Freshdesk, Salesforce) reopen closed cases.
     */
    public Case {
        Checks.notNull(id, "case id");
        List<CaseEvent> sorted = new ArrayList<>(Checks.notNull(events, "events"));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("The case (" + id + ") has no events; at least the opening one is needed.");
        }
        sorted.sort(Comparator.comparing(CaseEvent::at));
        for (CaseEvent event : sorted) {
            if (!event.caseId().equals(id)) {
                throw new IllegalArgumentException("An event for case (" + event.caseId() + ") was given to case (" + id + ").");
            }
        }
        events = List.copyOf(sorted);
    }

    /**
     * When the case was opened.
     *
     * @return the instant of the first event
     */
    public Instant openedAt() {
        return events.get(0).at();
    }

    /**
     * The latest priority given by any event.
     *
     * @return the priority, {@link Priority#NORMAL} if no event gave one
     */
    public Priority priority() {
        Priority result = Priority.NORMAL;
        for (CaseEvent event : events) {
            if (event.priority() != null) {
                result = event.priority();
            }
        }
        return result;
    }

    /**
     * The status at an instant (the status of the last event at or before it).
     *
     * @param at the instant
     * @return the status, or empty before the case was opened
     */
    public Optional<CaseStatus> statusAt(Instant at) {
        CaseStatus status = null;
        for (CaseEvent event : events) {
            if (event.at().isAfter(at)) {
                break;
            }
            status = event.status();
        }
        return Optional.ofNullable(status);
    }

    /**
     * The first resolution.
     *
     * @return the instant of the first move to SOLVED or CLOSED, or empty if never resolved
     */
    public Optional<Instant> firstResolvedAt() {
        return events.stream().filter(e -> !e.status().isActive()).map(CaseEvent::at).findFirst();
    }

    /**
     * The final resolution: the last move to SOLVED or CLOSED, if the case is not active now.
     *
     * @return the instant, or empty if the case is still active
     */
    public Optional<Instant> finalResolvedAt() {
        CaseEvent last = events.get(events.size() - 1);
        if (last.status().isActive()) {
            return Optional.empty();
        }
        @Nullable Instant resolved = null;
        for (int i = events.size() - 1; i >= 0 && !events.get(i).status().isActive(); i--) {
            resolved = events.get(i).at();
        }
        return Optional.ofNullable(resolved);
    }

    /**
     * The instants at which the case was reopened.
     *
     * @return each reopen ({@link CaseStatus#isReopen}: from SOLVED or CLOSED to an active status), in order
     */
    public List<Instant> reopenedAt() {
        List<Instant> result = new ArrayList<>();
        for (int i = 1; i < events.size(); i++) {
            if (CaseStatus.isReopen(events.get(i - 1).status(), events.get(i).status())) {
                result.add(events.get(i).at());
            }
        }
        return List.copyOf(result);
    }

    /**
     * Whether the case was ever reopened.
     *
     * @return {@code true} if {@link #reopenedAt()} is not empty
     */
    public boolean wasReopened() {
        return !reopenedAt().isEmpty();
    }
}
