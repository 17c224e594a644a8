package dev.cxkit.kpi.sla.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Priority;
import dev.cxkit.kpi.sla.SlaEvent;
import dev.cxkit.kpi.sla.SlaInput;
import dev.cxkit.kpi.sla.SlaMeasurement;
import dev.cxkit.kpi.sla.SlaMetric;
import dev.cxkit.kpi.sla.SlaPolicy;
import dev.cxkit.kpi.sla.SlaReport;
import dev.cxkit.kpi.sla.SlaState;
import dev.cxkit.kpi.sla.SlaTarget;
import org.jspecify.annotations.Nullable;

/**
 * Replays the sorted inputs of one case once. Single use, not thread-safe. The rules are documented
 * on {@link dev.cxkit.kpi.sla.SlaClock}; this class is their only implementation.
 */
final class CaseReplay {

    private final CaseId caseId;
    private SlaPolicy policy;
    private @Nullable CaseStatus status;
    private @Nullable Priority priority;
    private boolean opened;
    private boolean agentHasReplied;
    private final List<Run> runs = new ArrayList<>();
    private final Map<SlaMetric, Integer> counts = new EnumMap<>(SlaMetric.class);
    private final List<SlaEvent> events = new ArrayList<>();

    CaseReplay(CaseId caseId, SlaPolicy initialPolicy) {
        this.caseId = caseId;
        this.policy = initialPolicy;
    }

    /** Replays inputs sorted in replay order, all at or before {@code asOf}, and reports as of {@code asOf}. */
    SlaReport replay(List<SlaInput> sorted, Instant asOf) {
        Instant last = null;
        for (SlaInput input : sorted) {
            Instant at = input.at();
            if (last != null && !at.equals(last)) {
                settle(last);
                advance(last, at);
            }
            apply(input);
            last = at;
        }
        if (last != null) {
            settle(last);
            advance(last, asOf);
            settle(asOf);
        }
        List<SlaEvent> chronological = new ArrayList<>(events);
        chronological.sort(Comparator.comparing(SlaEvent::at)); // stable: ties keep the order they arose in
        List<SlaMeasurement> measurements = new ArrayList<>(runs.size());
        for (Run run : runs) {
            measurements.add(run.measurement(caseId));
        }
        return new SlaReport(caseId, asOf, status, priority, measurements, chronological);
    }

    private void apply(SlaInput input) {
        if (input instanceof SlaInput.PolicyChanged change) {
            policy = change.policy();
        } else if (status == CaseStatus.CLOSED) {
            return; // CLOSED is final
        } else if (input instanceof SlaInput.StatusChanged change) {
            applyStatus(change.event());
        } else if (input instanceof SlaInput.AgentReplied reply) {
            applyAgentReply(reply.at());
        } else if (input instanceof SlaInput.CustomerReplied reply) {
            applyCustomerReply(reply.at());
        }
    }

    private void applyStatus(CaseEvent event) {
        Instant at = event.at();
        Priority newPriority = event.priority() != null ? event.priority()
                : priority != null ? priority : Priority.NORMAL;
        CaseStatus newStatus = event.status();
        if (!opened) {
            status = newStatus;
            priority = newPriority;
            if (newStatus.isActive()) {
                opened = true;
                start(SlaMetric.FIRST_RESPONSE, at);
                start(SlaMetric.RESOLUTION, at);
            }
            return;
        }
        if (newPriority != priority) {
            priority = newPriority;
            for (Run run : runs) {
                if (run.isRunning()) {
                    run.retarget(newPriority);
                }
            }
        }
        boolean wasActive = status != null && status.isActive();
        status = newStatus;
        if (wasActive && !newStatus.isActive()) {
            for (Run run : runs) {
                if (run.isRunning()) {
                    stop(run, at);
                }
            }
        } else if (!wasActive && newStatus.isActive()) {
            start(SlaMetric.RESOLUTION, at); // a reopen: a new resolution measurement
        }
        for (Run run : runs) {
            if (run.isRunning()) {
                updatePause(run, at);
            }
        }
    }

    private void applyAgentReply(Instant at) {
        if (!isActive()) {
            return;
        }
        agentHasReplied = true;
        for (Run run : runs) {
            if (run.isRunning() && run.metric != SlaMetric.RESOLUTION) {
                stop(run, at);
            }
        }
        start(SlaMetric.PERIODIC_UPDATE, at);
    }

    private void applyCustomerReply(Instant at) {
        if (!isActive() || !agentHasReplied) {
            return;
        }
        for (Run run : runs) {
            if (run.isRunning() && run.metric == SlaMetric.NEXT_REPLY) {
                return;
            }
        }
        start(SlaMetric.NEXT_REPLY, at);
    }

    private boolean isActive() {
        return opened && status != null && status.isActive();
    }

    private void start(SlaMetric metric, Instant at) {
        Priority current = priority != null ? priority : Priority.NORMAL;
        Optional<SlaTarget> target = policy.target(current, metric);
        if (target.isEmpty()) {
            return;
        }
        int sequence = counts.merge(metric, 1, Integer::sum);
        Run run = new Run(metric, sequence, policy, current, target.get(), at);
        runs.add(run);
        events.add(new SlaEvent.Started(caseId, metric, sequence, at));
        updatePause(run, at);
    }

    private void updatePause(Run run, Instant at) {
        boolean pause = status != null && run.policy.pauseStatuses(run.metric).contains(status);
        if (pause && !run.paused) {
            run.paused = true;
            events.add(new SlaEvent.Paused(caseId, run.metric, run.sequence, at));
        } else if (!pause && run.paused) {
            run.paused = false;
            events.add(new SlaEvent.Resumed(caseId, run.metric, run.sequence, at));
        }
    }

    private void stop(Run run, Instant at) {
        // A threshold already exceeded (not merely reached) can only come from a priority change at
        // this very instant that lowered the target; it happened at the change, before the stop.
        for (Duration threshold = run.nextThreshold(); threshold != null
                && threshold.compareTo(run.elapsed) < 0; threshold = run.nextThreshold()) {
            emitThreshold(run, at);
        }
        run.stoppedAt = at;
        if (run.breachedAt == null) {
            events.add(new SlaEvent.Fulfilled(caseId, run.metric, run.sequence, at));
        } else {
            events.add(new SlaEvent.StoppedLate(caseId, run.metric, run.sequence, at));
        }
    }

    /**
     * Moves running measurements from {@code from} to {@code to} (no input in between): adds elapsed
     * or paused time and emits the thresholds crossed strictly before {@code to}. A threshold reached
     * exactly at {@code to} is left to {@link #settle}, after the inputs at {@code to} are applied.
     */
    private void advance(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return;
        }
        for (Run run : runs) {
            if (!run.isRunning()) {
                continue;
            }
            if (run.paused) {
                run.pausedTime = run.pausedTime.plus(Duration.between(from, to));
                continue;
            }
            Duration segment = run.target.calendar().businessDurationBetween(from, to);
            for (Duration threshold = run.nextThreshold(); threshold != null; threshold = run.nextThreshold()) {
                Duration needed = threshold.minus(run.elapsed);
                if (needed.compareTo(segment) > 0) {
                    break;
                }
                Instant crossing = !needed.isNegative() && !needed.isZero() ? run.target.calendar().plusBusiness(from, needed) : from;
                if (!crossing.isBefore(to)) {
                    break;
                }
                emitThreshold(run, crossing);
            }
            run.elapsed = run.elapsed.plus(segment);
        }
    }

    /** Emits every threshold a running measurement has reached by {@code at}, at {@code at}. */
    private void settle(Instant at) {
        for (Run run : runs) {
            if (!run.isRunning()) {
                continue;
            }
            for (Duration threshold = run.nextThreshold(); threshold != null
                    && threshold.compareTo(run.elapsed) <= 0; threshold = run.nextThreshold()) {
                emitThreshold(run, at);
            }
        }
    }

    private void emitThreshold(Run run, Instant at) {
        List<Percent> ladder = run.policy.warningLadder();
        if (run.nextLevel < ladder.size()) {
            events.add(new SlaEvent.Warning(caseId, run.metric, run.sequence, at, ladder.get(run.nextLevel)));
            run.nextLevel++;
        } else {
            run.breachedAt = at;
            events.add(new SlaEvent.Breached(caseId, run.metric, run.sequence, at));
        }
    }

    /** One measurement while it is replayed. */
    private static final class Run {
        final SlaMetric metric;
        final int sequence;
        final SlaPolicy policy;
        final Instant startedAt;
        Priority priority;
        SlaTarget target;
        boolean paused;
        Duration elapsed = Duration.ZERO;
        Duration pausedTime = Duration.ZERO;
        int nextLevel;
        @Nullable Instant stoppedAt;
        @Nullable Instant breachedAt;

        Run(SlaMetric metric, int sequence, SlaPolicy policy, Priority priority, SlaTarget target, Instant startedAt) {
            this.metric = metric;
            this.sequence = sequence;
            this.policy = policy;
            this.priority = priority;
            this.target = target;
            this.startedAt = startedAt;
        }

        boolean isRunning() {
            return stoppedAt == null;
        }

        /** Keeps elapsed time and switches to the new priority's target under this run's own policy. */
        void retarget(Priority newPriority) {
            priority = newPriority;
            target = policy.target(newPriority, metric).orElse(target);
        }

        /** The elapsed time of the next warning level, or of the breach; {@code null} once breached. */
        @Nullable Duration nextThreshold() {
            if (breachedAt != null) {
                return null;
            }
            List<Percent> ladder = policy.warningLadder();
            if (nextLevel < ladder.size()) {
                return share(target.duration(), ladder.get(nextLevel));
            }
            return target.duration();
        }

        /** {@code level} of {@code duration}, rounded up to the nanosecond: a warning never comes early. */
        private static Duration share(Duration duration, Percent level) {
            BigDecimal nanos = BigDecimal.valueOf(duration.toNanos()).multiply(level.asFraction())
                    .setScale(0, RoundingMode.CEILING);
            return Duration.ofNanos(nanos.longValueExact());
        }

        SlaMeasurement measurement(CaseId caseId) {
            SlaState state;
            if (breachedAt != null) {
                state = SlaState.BREACHED;
            } else if (stoppedAt != null) {
                state = SlaState.FULFILLED;
            } else {
                state = paused ? SlaState.PAUSED : SlaState.ACTIVE;
            }
            Duration remaining = target.duration().minus(elapsed);
            return new SlaMeasurement(caseId, metric, sequence, policy.name(), policy.version(), priority, target,
                    state, startedAt, stoppedAt, breachedAt, elapsed, pausedTime,
                    remaining.isNegative() ? Duration.ZERO : remaining);
        }
    }
}
