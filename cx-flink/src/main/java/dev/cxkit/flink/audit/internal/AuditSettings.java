package dev.cxkit.flink.audit.internal;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.OpeningInterval;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.Auditor;

/**
 * The audit job's settings in a Java-serialisable form, for the functions Flink ships to the task
 * managers: the {@link Auditor} (compiled Drools rules), {@link BusinessCalendar} and
 * {@link PolicySource} are not serialisable, so they are taken apart here and rebuilt on the other
 * side ({@link #auditor()} in each task's {@code open()}); {@link AuditThresholds} travels as it is.
 * Immutable.
 */
public final class AuditSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A policy or custom rule source, as strings. */
    private record Source(String name, String kind, String content) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Source of(PolicySource source) {
            return new Source(source.name(), source.kind().name(), source.content());
        }

        PolicySource toSource() {
            return new PolicySource(name, PolicySource.Kind.valueOf(kind), content);
        }
    }

    /** One opening interval of one day. */
    private record Opening(DayOfWeek day, LocalTime start, LocalTime end) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final Instant asOf;
    private final long outOfOrdernessMillis;
    private final long allowedLatenessMillis;

    private final AuditThresholds thresholds;

    private final String zone;
    private final ArrayList<Opening> openings = new ArrayList<>();
    private final ArrayList<LocalDate> holidays;
    private final ArrayList<Source> policy = new ArrayList<>();
    private final ArrayList<Source> customRules = new ArrayList<>();

    /**
     * Takes the settings apart.
     *
     * @param asOf the period end the auditor judges at
     * @param thresholds the audit thresholds
     * @param calendar the business calendar
     * @param policySources the sources of the empowerment policy, empty for none
     * @param customRules custom DRL sources
     * @param outOfOrderness the watermark's bound on out-of-order {@code queuedAt}
     * @param allowedLateness how far behind the watermark a contact is still audited
     */
    public AuditSettings(Instant asOf, AuditThresholds thresholds, BusinessCalendar calendar,
            List<PolicySource> policySources, List<PolicySource> customRules, Duration outOfOrderness,
            Duration allowedLateness) {
        this.asOf = asOf;
        this.outOfOrdernessMillis = outOfOrderness.toMillis();
        this.allowedLatenessMillis = allowedLateness.toMillis();
        this.thresholds = thresholds;
        this.zone = calendar.zone().getId();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (OpeningInterval interval : calendar.openingHours(day)) {
                openings.add(new Opening(day, interval.start(), interval.end()));
            }
        }
        this.holidays = new ArrayList<>(calendar.holidays());
        policySources.forEach(source -> policy.add(Source.of(source)));
        customRules.forEach(source -> this.customRules.add(Source.of(source)));
    }

    /**
     * Rebuilds the auditor: compiles the audit rules (about a second) and the policy, if any.
     *
     * @return a new auditor equal in behaviour to one built from the original settings
     */
    public Auditor auditor() {
        Auditor.Builder builder = Auditor.builder().thresholds(thresholds()).calendar(calendar());
        if (!policy.isEmpty()) {
            builder.policy(Policy.compile(policy.stream().map(Source::toSource).toList()));
        }
        customRules.forEach(source -> builder.customRule(source.name(), source.content()));
        return builder.build();
    }

    /**
     * The thresholds.
     *
     * @return the thresholds given
     */
    public AuditThresholds thresholds() {
        return thresholds;
    }

    /**
     * Rebuilds the calendar.
     *
     * @return a calendar equal to the one given
     */
    public BusinessCalendar calendar() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(ZoneId.of(zone));
        openings.forEach(o -> builder.open(o.day(), new OpeningInterval(o.start(), o.end())));
        return builder.holidays(holidays).build();
    }

    /**
     * The calendar's zone: weeks are taken in it.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /**
     * The period end.
     *
     * @return the instant the auditor judges at
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * The event time at which every contact of the period has passed the lateness gate: the period
     * end plus the allowed lateness. The period-wide codes are judged at this time.
     *
     * @return epoch milliseconds
     */
    public long judgeAtMillis() {
        long end = asOf.toEpochMilli();
        return end > Long.MAX_VALUE - allowedLatenessMillis ? Long.MAX_VALUE : end + allowedLatenessMillis;
    }

    /**
     * The REPEAT_CONTACT window.
     *
     * @return the window
     */
    public Duration repeatWindow() {
        return thresholds.repeatWindow();
    }

    /**
     * The watermark's bound on out-of-order {@code queuedAt}.
     *
     * @return milliseconds
     */
    public long outOfOrdernessMillis() {
        return outOfOrdernessMillis;
    }

    /**
     * How far behind the watermark a contact is still audited.
     *
     * @return milliseconds
     */
    public long allowedLatenessMillis() {
        return allowedLatenessMillis;
    }
}
