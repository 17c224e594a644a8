package dev.cxkit.kpi.sla;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Priority;
import dev.cxkit.core.internal.Checks;

/**
 * An SLA policy: per {@link Priority} and {@link SlaMetric} a target (absent means the metric is not
 * measured for that priority), the case statuses that pause each metric's clock, and the warning
 * ladder, identified by a name and a version. Immutable and thread-safe; build one with
 * {@link #builder()} or start from {@link #ofDefaults()}.
 *
 * <p>A policy is fixed for the life of a measurement: a {@link SlaInput.PolicyChanged} input only
 * affects measurements that start at or after it (see {@link SlaClock}).
 */
public final class SlaPolicy {

    private static final Percent ZERO = new Percent(BigDecimal.ZERO);
    private static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

    private final String name;
    private final String version;
    private final Map<Priority, Map<SlaMetric, SlaTarget>> targets;
    private final Map<SlaMetric, Set<CaseStatus>> pauseStatuses;
    private final List<Percent> warningLadder;

    private SlaPolicy(Builder builder) {
        this.name = builder.name;
        this.version = builder.version;
        Map<Priority, Map<SlaMetric, SlaTarget>> targetCopy = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            Map<SlaMetric, SlaTarget> perMetric = new EnumMap<>(SlaMetric.class);
            perMetric.putAll(builder.targets.get(priority));
            targetCopy.put(priority, Collections.unmodifiableMap(perMetric));
        }
        this.targets = Collections.unmodifiableMap(targetCopy);
        Map<SlaMetric, Set<CaseStatus>> pauseCopy = new EnumMap<>(SlaMetric.class);
        for (SlaMetric metric : SlaMetric.values()) {
            Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
            statuses.addAll(builder.pauseStatuses.get(metric));
            pauseCopy.put(metric, Collections.unmodifiableSet(statuses));
        }
        this.pauseStatuses = Collections.unmodifiableMap(pauseCopy);
        this.warningLadder = List.copyOf(builder.warningLadder);
    }

    /**
     * Starts an empty policy: no targets, nothing pauses, the default warning ladder (50 %, 75 %,
     * 90 %), name {@code "sla"} and version {@code "1"}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default policy {@code cxkit-default} version {@code 1}, in calendar time. The targets are
     * illustrative values typical of e-mail support, not a standard:
     *
     * <table>
     *   <caption>Default targets</caption>
     *   <tr><th>Priority</th><th>First response</th><th>Next reply</th><th>Periodic update</th><th>Resolution</th></tr>
     *   <tr><td>URGENT</td><td>1 h</td><td>1 h</td><td>2 h</td><td>8 h</td></tr>
     *   <tr><td>HIGH</td><td>4 h</td><td>4 h</td><td>8 h</td><td>24 h</td></tr>
     *   <tr><td>NORMAL</td><td>8 h</td><td>8 h</td><td>—</td><td>72 h</td></tr>
     *   <tr><td>LOW</td><td>24 h</td><td>24 h</td><td>—</td><td>168 h</td></tr>
     * </table>
     *
     * <p>PENDING and ON_HOLD pause RESOLUTION; nothing pauses the other metrics. Warnings at 50 %,
     * 75 % and 90 % of each target.
     *
     * @return the default policy
     */
    public static SlaPolicy ofDefaults() {
        Builder builder = builder().name("cxkit-default").version("1");
        defaults(builder, Priority.URGENT, 1, 1, 2, 8);
        defaults(builder, Priority.HIGH, 4, 4, 8, 24);
        defaults(builder, Priority.NORMAL, 8, 8, 0, 72);
        defaults(builder, Priority.LOW, 24, 24, 0, 168);
        return builder.pauseStatuses(SlaMetric.RESOLUTION, Set.of(CaseStatus.PENDING, CaseStatus.ON_HOLD)).build();
    }

    private static void defaults(Builder builder, Priority priority, int firstResponseHours, int nextReplyHours,
            int periodicUpdateHours, int resolutionHours) {
        builder.target(priority, SlaMetric.FIRST_RESPONSE, SlaTarget.calendarTime(Duration.ofHours(firstResponseHours)));
        builder.target(priority, SlaMetric.NEXT_REPLY, SlaTarget.calendarTime(Duration.ofHours(nextReplyHours)));
        if (periodicUpdateHours > 0) {
            builder.target(priority, SlaMetric.PERIODIC_UPDATE,
                    SlaTarget.calendarTime(Duration.ofHours(periodicUpdateHours)));
        }
        builder.target(priority, SlaMetric.RESOLUTION, SlaTarget.calendarTime(Duration.ofHours(resolutionHours)));
    }

    /**
     * A builder holding this policy's settings, to derive a new version from it.
     *
     * @return a new builder; changing it does not change this policy
     */
    public Builder toBuilder() {
        Builder builder = new Builder().name(name).version(version);
        targets.forEach((priority, perMetric) -> perMetric.forEach((metric, target) ->
                builder.target(priority, metric, target)));
        pauseStatuses.forEach(builder::pauseStatuses);
        return builder.warningLadder(warningLadder);
    }

    /**
     * The policy's name, for example {@code cxkit-default}.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * The policy's version, for example {@code 1}; name and version identify a policy in reports.
     *
     * @return the version, not blank
     */
    public String version() {
        return version;
    }

    /**
     * The target of a metric for a priority.
     *
     * @param priority the case's priority
     * @param metric the metric
     * @return the target, or empty if the metric is not measured for that priority
     */
    public Optional<SlaTarget> target(Priority priority, SlaMetric metric) {
        Checks.notNull(priority, "priority");
        Checks.notNull(metric, "metric");
        return Optional.ofNullable(targets.get(priority).get(metric));
    }

    /**
     * The case statuses in which a metric's clock is paused.
     *
     * @param metric the metric
     * @return the statuses, possibly empty; never SOLVED or CLOSED (those stop the clock)
     */
    public Set<CaseStatus> pauseStatuses(SlaMetric metric) {
        Checks.notNull(metric, "metric");
        return pauseStatuses.get(metric);
    }

    /**
     * The warning ladder: the shares of a target at which a {@link SlaEvent.Warning} is emitted.
     *
     * @return the levels, strictly increasing, each in (0 %, 100 %); possibly empty
     */
    public List<Percent> warningLadder() {
        return warningLadder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlaPolicy that && name.equals(that.name) && version.equals(that.version)
                && targets.equals(that.targets) && pauseStatuses.equals(that.pauseStatuses)
                && warningLadder.equals(that.warningLadder);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, targets, pauseStatuses, warningLadder);
    }

    /** Returns {@code "SlaPolicy[cxkit-default@1]"}. */
    @Override
    public String toString() {
        return "SlaPolicy[" + name + "@" + version + "]";
    }

    /** Builds an {@link SlaPolicy}; each setter validates its argument. Not thread-safe. */
    public static final class Builder {
        private String name = "sla";
        private String version = "1";
        private final Map<Priority, Map<SlaMetric, SlaTarget>> targets = new EnumMap<>(Priority.class);
        private final Map<SlaMetric, Set<CaseStatus>> pauseStatuses = new EnumMap<>(SlaMetric.class);
        private List<Percent> warningLadder = List.of(Percent.of(50), Percent.of(75), Percent.of(90));

        private Builder() {
            for (Priority priority : Priority.values()) {
                targets.put(priority, new EnumMap<>(SlaMetric.class));
            }
            for (SlaMetric metric : SlaMetric.values()) {
                pauseStatuses.put(metric, EnumSet.noneOf(CaseStatus.class));
            }
        }

        /**
         * Sets the policy's name.
         *
         * @param name for example {@code gold-support}; not blank
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is blank, too long or holds a control character
         */
        public Builder name(String name) {
            this.name = Checks.identifier(name, "SLA policy name");
            return this;
        }

        /**
         * Sets the policy's version.
         *
         * @param version for example {@code 2026-11}; not blank
         * @return this builder
         * @throws IllegalArgumentException if {@code version} is blank, too long or holds a control character
         */
        public Builder version(String version) {
            this.version = Checks.identifier(version, "SLA policy version");
            return this;
        }

        /**
         * Sets the target of a metric for a priority, replacing any earlier one.
         *
         * @param priority the priority
         * @param metric the metric
         * @param target the target, in calendar or business time
         * @return this builder
         */
        public Builder target(Priority priority, SlaMetric metric, SlaTarget target) {
            Checks.notNull(priority, "priority");
            Checks.notNull(metric, "metric");
            Checks.notNull(target, "target");
            targets.get(priority).put(metric, target);
            return this;
        }

        /**
         * Removes the target of a metric for a priority, so that the metric is not measured for it.
         *
         * @param priority the priority
         * @param metric the metric
         * @return this builder
         */
        public Builder noTarget(Priority priority, SlaMetric metric) {
            Checks.notNull(priority, "priority");
            Checks.notNull(metric, "metric");
            targets.get(priority).remove(metric);
            return this;
        }

        /**
         * Sets the case statuses that pause a metric's clock, replacing the earlier ones.
         *
         * @param metric the metric
         * @param statuses active statuses (NEW, OPEN, PENDING, ON_HOLD); empty for "never paused"
         * @return this builder
         * @throws IllegalArgumentException if {@code statuses} holds SOLVED or CLOSED, which stop the
         *         clock rather than pause it
         */
        public Builder pauseStatuses(SlaMetric metric, Collection<CaseStatus> statuses) {
            Checks.notNull(metric, "metric");
            Checks.notNull(statuses, "statuses");
            Set<CaseStatus> copy = EnumSet.noneOf(CaseStatus.class);
            for (CaseStatus status : statuses) {
                Checks.notNull(status, "pause status");
                if (!status.isActive()) {
                    throw new IllegalArgumentException("The pause statuses of " + metric + " contain " + status
                            + ", which stops the clock instead of pausing it.\nMaybe you meant PENDING or ON_HOLD?");
                }
                copy.add(status);
            }
            pauseStatuses.put(metric, copy);
            return this;
        }

        /**
         * Sets the warning ladder: the shares of the target at which warnings are emitted.
         *
         * @param levels strictly increasing, each above 0 % and below 100 %; none for no warnings
         * @return this builder
         * @throws IllegalArgumentException if a level is outside (0 %, 100 %) or not above the one before
         */
        public Builder warningLadder(Percent... levels) {
            return warningLadder(Arrays.asList(Checks.notNull(levels, "levels")));
        }

        /**
         * Sets the warning ladder: the shares of the target at which warnings are emitted.
         *
         * @param levels strictly increasing, each above 0 % and below 100 %; empty for no warnings
         * @return this builder
         * @throws IllegalArgumentException if a level is outside (0 %, 100 %) or not above the one before
         */
        public Builder warningLadder(List<Percent> levels) {
            Checks.notNull(levels, "levels");
            Percent previous = null;
            for (Percent level : levels) {
                Checks.notNull(level, "warning level");
                if (level.compareTo(ZERO) <= 0 || level.compareTo(HUNDRED) >= 0) {
                    throw new IllegalArgumentException("The warning level (" + level
                            + ") must be above 0% and below 100%.\nMaybe drop it: reaching 100% is the breach itself.");
                }
                if (previous != null && level.compareTo(previous) <= 0) {
                    throw new IllegalArgumentException("The warning ladder " + levels
                            + " is not strictly increasing: " + level + " follows " + previous
                            + ".\nMaybe sort the levels and drop duplicates?");
                }
                previous = level;
            }
            this.warningLadder = List.copyOf(levels);
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalStateException if NEW pauses FIRST_RESPONSE: that clock would be paused from
         *         the opening until somebody looks at the case, which defeats the metric
         */
        public SlaPolicy build() {
            if (pauseStatuses.get(SlaMetric.FIRST_RESPONSE).contains(CaseStatus.NEW)) {
                throw new IllegalStateException("FIRST_RESPONSE is paused by NEW, so its clock would not run "
                        + "before anybody looked at the case.\nMaybe pause it only on PENDING?");
            }
            return new SlaPolicy(this);
        }
    }
}
