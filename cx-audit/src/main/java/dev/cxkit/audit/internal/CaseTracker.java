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
import java.util.PriorityQueue;
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
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.internal.InstantText;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import org.jspecify.annotations.Nullable;

/**
 * REOPENED_CASE and NO_FOLLOW_UP: the state of each case (last status, priority, the customer and
 * when its first escalated contact was queued) and the resolutions waiting for their follow-up
 * deadline.
 *
 * <p>A reopen is {@link CaseStatus#isReopen}. A resolution is a move into SOLVED or CLOSED from an
 * active status (SOLVED to CLOSED is the same resolution). It needs a follow-up if, at the
 * resolution, the case's priority was HIGH or URGENT or a contact of the case queued at or before
 * it was escalated; later changes do not matter. It is satisfied by any contact of the case's
 * customer queued in [resolution, deadline], or by a FOLLOW_UP or CALLBACK promise of that customer
 * fulfilled in that span (by {@code asOf}). Whether it was needed is decided when the deadline
 * passes, because the contacts before the resolution may reach the run after its event. Not
 * thread-safe.
 */
final class CaseTracker {

    private static final class CaseState {
        @Nullable CaseStatus lastStatus;
        @Nullable Instant lastEventAt;
        @Nullable Instant resolvedAt;
        Priority priority = Priority.NORMAL;
        @Nullable CustomerId customer;
        @Nullable Instant firstEscalatedAt;
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
        final CaseStatus resolution;
        final Priority priority;
        final Instant deadline;
        boolean satisfied;
        boolean closed;

        PendingFollowUp(CaseId caseId, CaseState state, Instant resolvedAt, CaseStatus resolution, Priority priority,
                Instant deadline) {
            this.caseId = caseId;
            this.state = state;
            this.resolvedAt = resolvedAt;
            this.resolution = resolution;
            this.priority = priority;
            this.deadline = deadline;
        }

        void satisfyBy(Instant at) {
            if (!at.isBefore(resolvedAt) && !at.isAfter(deadline)) {
                satisfied = true;
            }
        }
    }

    /** A fulfilled follow-up or callback promise: a contact with the customer at {@code at}. */
    private record Touch(CustomerId customer, Instant at) {
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
    /**
     * Fulfilled follow-up promises per customer, for resolutions that reach the run after the
     * contact that made the promise; kept {@code caseMemory} past the fulfilment.
     */
    private final Map<CustomerId, List<Instant>> touches = new HashMap<>();
    private final PriorityQueue<Touch> touchOrder = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
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
        if (event.at().isAfter(asOf)) {
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
        if (previous != null && CaseStatus.isReopen(previous, event.status())) {
            reopened(event, state, previous);
        }
        if (event.status().isResolved() && (previous == null || previous.isActive())) {
            state.resolvedAt = event.at();
            Instant deadline = followUpDeadline(event.at());
            if (!deadline.isAfter(asOf)) {
                PendingFollowUp pending = new PendingFollowUp(event.caseId(), state, event.at(), event.status(),
                        state.priority, deadline);
                byDeadline.computeIfAbsent(deadline, d -> new ArrayList<>()).add(pending);
                state.pending.add(pending);
                if (state.customer != null) {
                    register(state.customer, pending);
                }
            }
        }
        state.lastStatus = event.status();
        state.lastEventAt = event.at();
    }

    /**
     * Links a contact's case to its customer and notes its escalation, and lets the contact (and the
     * follow-up promises it made, once fulfilled) satisfy its customer's follow-ups.
     */
    void contact(Interaction interaction) {
        Instant at = interaction.queuedAt();
        CustomerId customer = interaction.customerId();
        if (interaction.caseId() != null) {
            CaseState state = cases.computeIfAbsent(interaction.caseId(), id -> new CaseState(at));
            state.touch(at);
            if (interaction.isEscalated() && (state.firstEscalatedAt == null || at.isBefore(state.firstEscalatedAt))) {
                state.firstEscalatedAt = at;
            }
            if (state.customer == null) {
                state.customer = customer;
                for (PendingFollowUp pending : state.pending) {
                    if (!pending.closed) {
                        register(customer, pending);
                    }
                }
            }
        }
        List<PendingFollowUp> list = byCustomer.get(customer);
        if (list != null) {
            for (PendingFollowUp pending : list) {
                pending.satisfyBy(at);
            }
        }
        for (Promise promise : interaction.promises()) {
            Instant fulfilled = promise.fulfilledAt();
            if ((promise.kind() == PromiseKind.FOLLOW_UP || promise.kind() == PromiseKind.CALLBACK)
                    && fulfilled != null && !fulfilled.isAfter(asOf)) {
                touches.computeIfAbsent(customer, c -> new ArrayList<>(1)).add(fulfilled);
                touchOrder.add(new Touch(customer, fulfilled));
                if (list != null) {
                    for (PendingFollowUp pending : list) {
                        pending.satisfyBy(fulfilled);
                    }
                }
            }
        }
    }

    private void register(CustomerId customer, PendingFollowUp pending) {
        byCustomer.computeIfAbsent(customer, k -> new ArrayList<>(1)).add(pending);
        List<Instant> fulfilled = touches.get(customer);
        if (fulfilled != null) {
            fulfilled.forEach(pending::satisfyBy);
        }
    }

    /** Judges the follow-ups whose deadline lies before {@code now}, and forgets quiet cases and old promises. */
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
            while (!touchOrder.isEmpty() && touchOrder.peek().at().isBefore(cutoff)) {
                Touch old = touchOrder.poll();
                List<Instant> list = touches.get(old.customer());
                if (list != null) {
                    list.remove(old.at());
                    if (list.isEmpty()) {
                        touches.remove(old.customer());
                    }
                }
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
        boolean escalated = state.firstEscalatedAt != null && !state.firstEscalatedAt.isAfter(pending.resolvedAt);
        if (!pending.priority.isHighOrAbove() && !escalated) {
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
        evidence.put("resolution", pending.resolution.name());
        evidence.put("deadline", InstantText.of(pending.deadline));
        evidence.put("priority", pending.priority.name());
        evidence.put("escalated", Boolean.toString(escalated));
        sink.accept(new AuditFinding(MistakeCode.NO_FOLLOW_UP, Severity.MEDIUM, "no-follow-up", pending.deadline, null,
                pending.caseId, null, null, evidence,
                "HIGH/URGENT or escalated case with no contact of the customer, nor a fulfilled follow-up or callback"
                        + " promise, by the end of the " + businessDays + ". business day (" + calendar.zone()
                        + " calendar) after its resolution",
                "Contact the customer soon after resolving an important case to confirm that it stays fixed."));
    }

    private void reopened(CaseEvent event, CaseState state, CaseStatus previous) {
        Map<String, String> evidence = new LinkedHashMap<>();
        // A resolved status came with an event, so the case has a last event.
        Instant resolvedAt = state.resolvedAt != null ? state.resolvedAt : Checks.notNull(state.lastEventAt, "lastEventAt");
        evidence.put("from", previous.name());
        evidence.put("resolvedAt", InstantText.of(resolvedAt));
        evidence.put("reopenedAt", InstantText.of(event.at()));
        evidence.put("status", event.status().name());
        sink.accept(new AuditFinding(MistakeCode.REOPENED_CASE, Severity.MEDIUM, "reopened-case", event.at(), null,
                event.caseId(), null, null, evidence, "a move from SOLVED or CLOSED back to an active status",
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
