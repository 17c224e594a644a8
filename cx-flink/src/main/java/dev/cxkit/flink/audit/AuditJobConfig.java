package dev.cxkit.flink.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.flink.internal.EventTimeBounds;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.audit.AuditThresholds;
import org.jspecify.annotations.Nullable;

/**
 * The settings of {@link AuditJob}: those of the {@link dev.cxkit.audit.Auditor} that runs in
 * each task, the period end, and the event-time settings of the scorecard job. Immutable and
 * thread-safe; build with {@link #builder()}.
 *
 * @param asOf the end of the audited period (contacts queued after it are left out), the instant open promises and feedback loops
 *        are judged at; the escalation and spike judgements come out when the watermark passes it
 *        plus {@code allowedLateness} (at the end of bounded input at the latest)
 * @param thresholds the audit thresholds (default {@link AuditThresholds#ofDefaults()})
 * @param calendar business hours for the e-mail reply check; weeks are taken in its zone (default
 *        always open in UTC)
 * @param policy the sources of the empowerment policy that recorded grants are checked against
 *        (OVER_AUTHORITY); empty for none (the default)
 * @param customRules custom DRL rule files, as for {@code Auditor.Builder.customRule}
 * @param maxOutOfOrderness how far {@code queuedAt} may run backwards in the input; the watermark
 *        trails the latest {@code queuedAt} by this (default 5 min)
 * @param allowedLateness how far behind the watermark a contact is still audited; later contacts go
 *        to the late output (default 1 h)
 */
public record AuditJobConfig(Instant asOf, AuditThresholds thresholds, BusinessCalendar calendar,
        List<PolicySource> policy, List<PolicySource> customRules, Duration maxOutOfOrderness,
        Duration allowedLateness) {

    /** Validates the values and copies the lists. */
    public AuditJobConfig {
        Checks.notNull(asOf, "asOf");
        Checks.notNull(thresholds, "thresholds");
        Checks.notNull(calendar, "calendar");
        policy = List.copyOf(Checks.notNull(policy, "policy"));
        customRules = List.copyOf(Checks.notNull(customRules, "customRules"));
        for (PolicySource rule : customRules) {
            if (rule.kind() != PolicySource.Kind.DRL) {
                throw new IllegalArgumentException("The custom audit rule '" + rule.name() + "' is a " + rule.kind()
                        + ", not DRL.\nMaybe it belongs in policy (authority matrices and decision tables)?");
            }
        }
        EventTimeBounds.check(maxOutOfOrderness, allowedLateness, "audit job config");
    }

    /**
     * Starts a builder with the defaults; {@link Builder#asOf} has none and must be set.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().asOf(asOf).thresholds(thresholds).calendar(calendar).policy(policy)
                .maxOutOfOrderness(maxOutOfOrderness).allowedLateness(allowedLateness);
        customRules.forEach(rule -> b.customRule(rule.name(), rule.content()));
        return b;
    }

    /** Builds an {@link AuditJobConfig}; not thread-safe. */
    public static final class Builder {
        private @Nullable Instant asOf;
        private AuditThresholds thresholds = AuditThresholds.ofDefaults();
        private BusinessCalendar calendar = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
        private List<PolicySource> policy = List.of();
        private final List<PolicySource> customRules = new ArrayList<>();
        private Duration maxOutOfOrderness = EventTimeBounds.DEFAULT_MAX_OUT_OF_ORDERNESS;
        private Duration allowedLateness = EventTimeBounds.DEFAULT_ALLOWED_LATENESS;

        private Builder() {
        }

        /**
         * Sets the end of the audited period. Required.
         *
         * @param value the period end, usually the end of the export
         * @return this builder
         */
        public Builder asOf(Instant value) {
            this.asOf = Checks.notNull(value, "asOf");
            return this;
        }

        /**
         * Sets the thresholds.
         *
         * @param value the thresholds
         * @return this builder
         */
        public Builder thresholds(AuditThresholds value) {
            this.thresholds = Checks.notNull(value, "thresholds");
            return this;
        }

        /**
         * Sets the business calendar.
         *
         * @param value the calendar
         * @return this builder
         */
        public Builder calendar(BusinessCalendar value) {
            this.calendar = Checks.notNull(value, "calendar");
            return this;
        }

        /**
         * Sets the sources of the empowerment policy (compiled in each task, as {@code Policy.compile}).
         *
         * @param sources the sources; empty to skip OVER_AUTHORITY
         * @return this builder
         */
        public Builder policy(List<PolicySource> sources) {
            this.policy = List.copyOf(Checks.notNull(sources, "policy"));
            return this;
        }

        /**
         * Adds a custom DRL rule file.
         *
         * @param name how compile errors refer to it, usually its file name
         * @param drl the DRL text
         * @return this builder
         */
        public Builder customRule(String name, String drl) {
            customRules.add(PolicySource.drl(name, Checks.notNull(drl, "drl")));
            return this;
        }

        /**
         * Sets the watermark's out-of-orderness bound.
         *
         * @param value 0 or more, for example 5 min
         * @return this builder
         */
        public Builder maxOutOfOrderness(Duration value) {
            this.maxOutOfOrderness = Checks.notNull(value, "maxOutOfOrderness");
            return this;
        }

        /**
         * Sets the allowed lateness.
         *
         * @param value 0 or more, for example 1 h
         * @return this builder
         */
        public Builder allowedLateness(Duration value) {
            this.allowedLateness = Checks.notNull(value, "allowedLateness");
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws IllegalStateException if {@code asOf} was not set
         * @throws IllegalArgumentException if a duration is negative
         */
        public AuditJobConfig build() {
            if (asOf == null) {
                throw new IllegalStateException("The audit job config has no asOf."
                        + "\nMaybe set the end of the audited period, such as asOf(Instant.parse(\"2026-04-01T00:00:00Z\"))?");
            }
            return new AuditJobConfig(asOf, thresholds, calendar, policy, customRules, maxOutOfOrderness, allowedLateness);
        }
    }
}
