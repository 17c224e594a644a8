package dev.cxkit.kpi.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Priority;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The SLA picture of one case as of an instant: every measurement with its state, and the events
 * emitted so far in chronological order. Two replays of the same inputs give equal reports.
 * Immutable.
 *
 * @param caseId the case
 * @param asOf the instant the report describes; inputs after it were not replayed
 * @param status the case's status as of {@code asOf}, or {@code null} if no status event was seen yet
 * @param priority the case's priority as of {@code asOf}, or {@code null} if no status event was seen yet
 * @param measurements the measurements in the order they started
 * @param events the events, sorted by instant (events at the same instant in the order they arose)
 */
public record SlaReport(CaseId caseId, Instant asOf, @Nullable CaseStatus status, @Nullable Priority priority,
        List<SlaMeasurement> measurements, List<SlaEvent> events) {

    /** Validates the fields and copies the lists. */
    public SlaReport {
        Checks.notNull(caseId, "caseId");
        Checks.notNull(asOf, "asOf");
        measurements = List.copyOf(Checks.notNull(measurements, "measurements"));
        events = List.copyOf(Checks.notNull(events, "events"));
    }

    /**
     * The measurements of one metric, in the order they started.
     *
     * @param metric the metric
     * @return the measurements, possibly empty
     */
    public List<SlaMeasurement> measurements(SlaMetric metric) {
        Checks.notNull(metric, "metric");
        return measurements.stream().filter(m -> m.metric() == metric).toList();
    }

    /**
     * The most recent measurement of one metric.
     *
     * @param metric the metric
     * @return the measurement that started last, or empty if none started
     */
    public Optional<SlaMeasurement> latest(SlaMetric metric) {
        List<SlaMeasurement> ofMetric = measurements(metric);
        return ofMetric.isEmpty() ? Optional.empty() : Optional.of(ofMetric.get(ofMetric.size() - 1));
    }
}
