package dev.cxkit.flink.internal;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import dev.cxkit.kpi.FcrVariant;
import dev.cxkit.kpi.RepeatScope;
import dev.cxkit.kpi.StandardKpis;
import org.jspecify.annotations.Nullable;

/**
 * The job's settings in a Java-serialisable form, for the functions Flink ships to the task
 * managers: {@link StandardKpis.Config} is a record without {@link Serializable}, so it is taken
 * apart here and rebuilt on the other side. Immutable.
 */
public final class JobSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Duration window;
    private final RepeatScope scope;
    private final @Nullable Instant observedUntil;
    private final Duration serviceLevelThreshold;
    private final Duration shortAbandon;
    private final Duration holdLimit;
    private final Duration feedbackWithin;
    private final @Nullable Instant asOf;
    private final long outOfOrdernessMillis;
    private final long allowedLatenessMillis;

    /**
     * Takes the settings apart.
     *
     * @param kpis the KPI configuration
     * @param outOfOrderness the watermark's bound on out-of-order {@code queuedAt}
     * @param allowedLateness how far behind the watermark a contact is still counted
     */
    public JobSettings(StandardKpis.Config kpis, Duration outOfOrderness, Duration allowedLateness) {
        FcrVariant.RepeatWindow repeat = kpis.repeatWindow();
        this.window = repeat.window();
        this.scope = repeat.scope();
        this.observedUntil = repeat.observedUntil();
        this.serviceLevelThreshold = kpis.serviceLevelThreshold();
        this.shortAbandon = kpis.shortAbandon();
        this.holdLimit = kpis.holdLimit();
        this.feedbackWithin = kpis.feedbackWithin();
        this.asOf = kpis.asOf();
        this.outOfOrdernessMillis = outOfOrderness.toMillis();
        this.allowedLatenessMillis = allowedLateness.toMillis();
    }

    /**
     * Rebuilds the KPI configuration.
     *
     * @return a configuration equal to the one given
     */
    public StandardKpis.Config kpis() {
        FcrVariant.RepeatWindow repeat = FcrVariant.repeatWithin(window, scope);
        if (observedUntil != null) {
            repeat = repeat.observedUntil(observedUntil);
        }
        return StandardKpis.Config.builder().repeatWindow(repeat).serviceLevelThreshold(serviceLevelThreshold)
                .shortAbandon(shortAbandon).holdLimit(holdLimit).feedbackWithin(feedbackWithin).asOf(asOf).build();
    }

    /**
     * The repeat window in milliseconds, as {@link dev.cxkit.kpi.FirstContactResolution} compares it.
     *
     * @return the window
     */
    public long windowMillis() {
        return window.toMillis();
    }

    /**
     * Whether contacts are keyed by customer and reason.
     *
     * @return {@code true} for {@link RepeatScope#PER_ISSUE}
     */
    public boolean perIssue() {
        return scope == RepeatScope.PER_ISSUE;
    }

    /**
     * The observation end in epoch milliseconds.
     *
     * @return the end, or {@link Long#MAX_VALUE} when nothing is censored
     */
    public long observedUntilMillis() {
        return observedUntil == null ? Long.MAX_VALUE : observedUntil.toEpochMilli();
    }

    /**
     * The watermark's out-of-orderness bound.
     *
     * @return milliseconds
     */
    public long outOfOrdernessMillis() {
        return outOfOrdernessMillis;
    }

    /**
     * The allowed lateness.
     *
     * @return milliseconds
     */
    public long allowedLatenessMillis() {
        return allowedLatenessMillis;
    }

    /**
     * How long after a contact its repeat outcome is final: a later contact within the window may
     * still arrive up to the allowed lateness behind the watermark.
     *
     * @return {@code window + allowedLateness + 1 ms}
     */
    public long decisionDelayMillis() {
        return windowMillis() + allowedLatenessMillis + 1;
    }
}
