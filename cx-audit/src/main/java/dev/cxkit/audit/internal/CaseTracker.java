package dev.cxkit.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Priority;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.internal.InstantText;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import org.jspecify.annotations.Nullable;

/**
 * REOPENED_CASE and NO_FOLLOW_UP: the state of each case (last status, priority, the customer and
 * whether the first contact seen with it was escalated) and the resolutions waiting for their
 * follow-up deadline. A resolution needs a follow-up if the case is HIGH/URGENT or was opened by an
 * escalated contact — judged at the resolution when the case is already linked to a contact, else
 * when the deadline passes; it is satisfied by any contact of the case's customer queued between
 * the resolution and the deadline (inclusive). Not thread-safe.
 */
final class CaseTracker {

    private static final class CaseState {
        @Nullable CaseStatus lastStatus;
        @Nullable Instant lastEventAt;
        Priority priority = Priority.NORMAL;
        @Nullable CustomerId customer;
        boolean escalatedOpening;
        Instant touchedAt;
        final List<PendingFollowUp> pending = new ArrayList<>(1);

        CaseState(Instant touchedAt) {
            this.touchedAt = touchedAt;
        }

        void touch(Instant at) {
            if (at.isAfter(touchedAt)) {
                touchedAt = at;
            }
        }
    }

    private static final class PendingFollowUp {
        final CaseId caseId;
        final CaseState state;
        final Instant resolvedAt;
        final Instant deadline;
        boolean satisfied;
        boolean closed;

        PendingFollowUp(CaseId caseId, CaseState state, Instant resolvedAt, Instant deadline) {
            this.caseId = caseId;
            this.state = state;
            this.resolvedAt = resolvedAt;
            this.deadline = deadline;
        }
    }

    private static final Duration SWEEP_EVERY = Duration.ofDays(7);
    private static final Instant LAST_SWEEP_START = Instant.MAX.minus(SWEEP_EVERY);

    private final Instant asOf;
    private final BusinessCalendar calendar;
    private final int businessDays;
    private final Duration caseMemory;
    private final Consumer<AuditFinding> sink;
    /**
     * In access order, so that the weekly sweep only walks the quiet cases at the head instead of all
     * of them (which took 7 % of the audit's time). It stops at the first case touched within the
     * memory; a quiet case behind one whose events came early (case events are fed ahead of their
     * contacts) waits for a later sweep. A case is kept at least {@code caseMemory}.
     */
    private final LinkedHashMap<CaseId, CaseState> cases = new LinkedHashMap<>(1024, 0.75f, true);
    /**
     * Follow-ups by deadline, in arrival order within one: deadlines are ends of business days, so
     * few distinct ones are open at a time and a sorted map of buckets is cheaper than a heap of all.
     */
    private final TreeMap<Instant, List<PendingFollowUp>> byDeadline = new TreeMap<>();
    private final Map<CustomerId, List<PendingFollowUp>> byCustomer = new HashMap<>();
    /** The day of the last follow-up deadline worked out, and that deadline. */
    private @Nullable LocalDate lastResolvedOn;
    private @Nullable Instant lastDeadline;
    /** When the next sweep for quiet cases is due: a week after the last. */
    private @Nullable Instant nextSweep;
    long lateEvents;
    long ignoredEvents;
    long acceptedEvents;
    long unchecked;

    CaseTracker(Instant asOf, BusinessCalendar calendar, int businessDays, Duration caseMemory,
            Consumer<AuditFinding> sink) {
        this.asOf = asOf;
        this.calendar = calendar;
        this.businessDays = businessDays;
        this.caseMemory = caseMemory;
        this.sink = sink;
    }

    void accept(CaseEvent event) {
        if (!event.at().isBefore(asOf)) {
            ignoredEvents++;
            return;
        }
        CaseState state = cases.computeIfAbsent(event.caseId(), id -> new CaseState(event.at()));
        if (state.lastEventAt != null && event.at().isBefore(state.lastEventAt)) {
            lateEvents++;
            return;
        }
        acceptedEvents++;
        state.touch(event.at());
        if (event.priority() != null) {
            state.priority = event.priority();
        }
        CaseStatus previous = state.lastStatus;
        if (previous == CaseStatus.SOLVED && event.status().isActive()) {
            reopened(event, state);
        }
        // A linked case is judged by its priority now; an unlinked one when its deadline passes.
        boolean mayNeed = state.customer == null || state.priority.isHighOrAbove() || state.escalatedOpening;
        if (event.status() == CaseStatus.SOLVED && previous != CaseStatus.SOLVED && mayNeed) {
            Instant deadline = followUpDeadline(event.at());
            if (!deadline.isAfter(asOf)) {
                PendingFollowUp pending = new PendingFollowUp(event.caseId(), state, event.at(), deadline);
                byDeadline.computeIfAbsent(deadline, d -> new ArrayList<>()).add(pending);
                state.pending.add(pending);
                if (state.customer != null) {
                    byCustomer.computeIfAbsent(state.customer, k -> new ArrayList<>(1)).add(pending);
                }
            }
        }
        state.lastStatus = event.status();
        state.lastEventAt = event.at();
    }

    /** Links a contact's case to its customer, and lets the contact satisfy its customer's follow-ups. */
    void contact(Interaction interaction) {
        Instant at = interaction.queuedAt();
        if (interaction.caseId() != null) {
            CaseState state = cases.computeIfAbsent(interaction.caseId(), id -> new CaseState(at));
            state.touch(at);
            if (state.customer == null) {
                state.customer = interaction.customerId();
                state.escalatedOpening = interaction.isEscalated();
                for (PendingFollowUp pending : state.pending) {
                    if (!pending.closed) {
                        byCustomer.computeIfAbsent(state.customer, k -> new ArrayList<>(1)).add(pending);
                    }
                }
            }
        }
        List<PendingFollowUp> list = byCustomer.get(interaction.customerId());
        if (list != null) {
            for (PendingFollowUp pending : list) {
                if (!at.isBefore(pending.resolvedAt) && !at.isAfter(pending.deadline)) {
                    pending.satisfied = true;
                }
            }
        }
    }

    /** Judges the follow-ups whose deadline lies before {@code now}, and forgets quiet cases. */
    void advance(Instant now) {
        while (!byDeadline.isEmpty() && byDeadline.firstKey().isBefore(now)) {
            byDeadline.pollFirstEntry().getValue().forEach(this::close);
        }
        if (nextSweep == null || now.isAfter(nextSweep)) {
            nextSweep = now.isAfter(LAST_SWEEP_START) ? Instant.MAX : now.plus(SWEEP_EVERY);
            Instant cutoff = now.minus(caseMemory);
            Iterator<CaseState> eldest = cases.values().iterator();
            while (eldest.hasNext() && eldest.next().touchedAt.isBefore(cutoff)) {
                eldest.remove();
            }
        }
    }

    /** Judges every follow-up due by {@code asOf}. */
    void finish() {
        while (!byDeadline.isEmpty()) {
            byDeadline.pollFirstEntry().getValue().forEach(this::close);
        }
    }

    int size() {
        return cases.size();
    }

    private void close(PendingFollowUp pending) {
        pending.closed = true;
        CaseState state = pending.state;
        state.pending.remove(pending);
        CustomerId customer = state.customer;
        if (customer != null) {
            List<PendingFollowUp> list = byCustomer.get(customer);
            if (list != null) {
                list.remove(pending);
                if (list.isEmpty()) {
                    byCustomer.remove(customer);
                }
            }
        }
        boolean needed = state.priority.isHighOrAbove() || state.escalatedOpening;
        if (!needed) {
            return;
        }
        if (customer == null) {
            unchecked++;
            return;
        }
        if (pending.satisfied) {
            return;
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("resolvedAt", InstantText.of(pending.resolvedAt));
        evidence.put("deadline", InstantText.of(pending.deadline));
        evidence.put("priority", state.priority.name());
        evidence.put("openedByEscalation", Boolean.toString(state.escalatedOpening));
        sink.accept(new AuditFinding(MistakeCode.NO_FOLLOW_UP, Severity.MEDIUM, "no-follow-up", pending.deadline, null,
                pending.caseId, null, null, evidence,
                "HIGH/URGENT or escalated case with no contact of the customer by the end of the " + businessDays
                        + ". business day after its resolution",
                "Contact the customer soon after resolving an important case to confirm that it stays fixed."));
    }

    private void reopened(CaseEvent event, CaseState state) {
        Map<String, String> evidence = new LinkedHashMap<>();
        // A SOLVED status came with an event, so the case has a last event.
        evidence.put("solvedAt", InstantText.of(Checks.notNull(state.lastEventAt, "lastEventAt")));
        evidence.put("reopenedAt", InstantText.of(event.at()));
        evidence.put("status", event.status().name());
        sink.accept(new AuditFinding(MistakeCode.REOPENED_CASE, Severity.MEDIUM, "reopened-case", event.at(), null,
                event.caseId(), null, null, evidence, "a move from SOLVED back to an active status",
                "Confirm with the customer that the issue is fixed before solving the case, and find why this one came back."));
    }

    /**
     * The end of the n-th business day after the day of {@code resolved}
     * ({@link BusinessCalendar#endOfNthBusinessDayAfter}); the same for every resolution of a day,
     * so the last day's answer is kept.
     */
    Instant followUpDeadline(Instant resolved) {
        LocalDate resolvedOn = calendar.dateOf(resolved);
        if (!resolvedOn.equals(lastResolvedOn)) {
            lastDeadline = calendar.endOfNthBusinessDayAfter(resolvedOn, businessDays);
            lastResolvedOn = resolvedOn;
        }
        return Checks.notNull(lastDeadline, "lastDeadline");
    }
}
