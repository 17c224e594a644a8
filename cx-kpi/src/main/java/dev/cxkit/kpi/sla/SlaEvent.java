package dev.cxkit.kpi.sla;

import java.time.Instant;

import dev.cxkit.core.CaseId;
import dev.cxkit.core.Percent;
import dev.cxkit.core.internal.Checks;

/**
 * Something that happened to one SLA measurement, as emitted by an {@link SlaClock} replay. Every
 * event names its case, metric and the measurement's sequence number (1 for the first measurement
 * of that metric on that case, 2 for the next, ...). Immutable.
 */
public sealed interface SlaEvent {

    /**
     * The case.
     *
     * @return the case id
     */
    CaseId caseId();

    /**
     * The metric of the measurement.
     *
     * @return the metric
     */
    SlaMetric metric();

    /**
     * The measurement's number among the measurements of this metric on this case, from 1.
     *
     * @return the sequence number
     */
    int sequence();

    /**
     * When it happened.
     *
     * @return the instant
     */
    Instant at();

    /**
     * A measurement started.
     *
     * @param caseId the case
     * @param metric the metric
     * @param sequence the measurement's number
     * @param at when it started
     */
    record Started(CaseId caseId, SlaMetric metric, int sequence, Instant at) implements SlaEvent {

        /** Validates the fields. */
        public Started {
            check(caseId, metric, sequence, at);
        }
    }

    /**
     * A warning level of the ladder was reached: {@code level} of the target had elapsed at {@code at}.
     *
     * @param caseId the case
     * @param metric the metric
     * @param sequence the measurement's number
     * @param at the exact instant the level was reached
     * @param level the ladder level, for example 75 %
     */
    record Warning(CaseId caseId, SlaMetric metric, int sequence, Instant at, Percent level) implements SlaEvent {

        /** Validates the fields. */
        public Warning {
            check(caseId, metric, sequence, at);
            Checks.notNull(level, "level");
        }
    }

    /**
     * The target was crossed: the elapsed time reached the target while the measurement was running.
     *
     * @param caseId the case
     * @param metric the metric
     * @param sequence the measurement's number
     * @param at the exact instant the elapsed time reached the target
     */
    record Breached(CaseId caseId, SlaMetric metric, int sequence, Instant at) implements SlaEvent {

        /** Validates the fields. */
        public Breached {
            check(caseId, metric, sequence, at);
        }
    }

    /**
     * The measurement stopped within its target.
     *
     * @param caseId the case
     * @param metric the metric
     * @param sequence the measurement's number
     * @param at when it stopped
     */
    record Fulfilled(CaseId caseId, SlaMetric metric, int sequence, Instant at) implements SlaEvent {

        /** Validates the fields. */
        public Fulfilled {
            check(caseId, metric, sequence, at);
        }
    }

    /**
     * The measurement stopped after it had breached (for example, a late first reply).
     *
     * @param caseId the case
     * @param metric the metric
     * @param sequence the measurement's number
     * @param at when it stopped
     */
    record StoppedLate(CaseId caseId, SlaMetric metric, int sequence, Instant at) implements SlaEvent {

        /** Validates the fields. */
        public StoppedLate {
            check(caseId, metric, sequence, at);
        }
    }

    /**
     * The measurement's clock paused because the case entered one of the metric's pause statuses.
     *
     * @param caseId the case
     * @param metric the metric
     * @param sequence the measurement's number
     * @param at when it paused
     */
    record Paused(CaseId caseId, SlaMetric metric, int sequence, Instant at) implements SlaEvent {

        /** Validates the fields. */
        public Paused {
            check(caseId, metric, sequence, at);
        }
    }

    /**
     * The measurement's clock resumed because the case left the metric's pause statuses.
     *
     * @param caseId the case
     * @param metric the metric
     * @param sequence the measurement's number
     * @param at when it resumed
     */
    record Resumed(CaseId caseId, SlaMetric metric, int sequence, Instant at) implements SlaEvent {

        /** Validates the fields. */
        public Resumed {
            check(caseId, metric, sequence, at);
        }
    }

    private static void check(CaseId caseId, SlaMetric metric, int sequence, Instant at) {
        Checks.notNull(caseId, "caseId");
        Checks.notNull(metric, "metric");
        Checks.notNull(at, "at");
        if (sequence < 1) {
            throw new IllegalArgumentException("The sequence (" + sequence + ") of an SLA event on case " + caseId
                    + " must be at least 1.");
        }
    }
}
