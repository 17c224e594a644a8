package dev.cxkit.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyCompilationException;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.audit.internal.DefaultAuditor;
import org.jspecify.annotations.Nullable;

/**
 * Finds the mistakes of the audit catalog (docs/audit-catalog.md) in interaction timelines. Build one once
 * (it compiles the audit rules, about a second) and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * Auditor auditor = Auditor.builder()
 *         .thresholds(AuditThresholds.ofDefaults())
 *         .calendar(calendar)                         // business hours for the e-mail reply check and follow-ups
 *         .policy(policy)                             // optional: enables OVER_AUTHORITY
 *         .customRuleFile(Path.of("my-audit.drl"))    // optional: your own rules
 *         .build();
 *
 * List<AuditFinding> now = auditor.checkContact(interaction, asOf);   // per-contact codes, stateless
 *
 * AuditRun run = auditor.start(periodEnd, findings::add);             // all codes, streaming
 * interactions.forEach(run::accept);
 * caseEvents.forEach(run::accept);
 * AuditSummary summary = run.finish();
 * }</pre>
 *
 * <p>Per-contact codes (BROKEN_PROMISE, HOLD_OVER_STATED, LONG_HOLD, UNEXPLAINED_HOLD,
 * SLOW_FIRST_REPLY, COLD_TRANSFER, MISSING_HANDOFF_SUMMARY, CUSTOMER_REPEATED_INFO,
 * EMOTION_NOT_ACKNOWLEDGED, FEEDBACK_LOOP_OPEN and, with a policy, OVER_AUTHORITY) are DRL rules
 * shipped in {@code dev/cxkit/audit/contact-checks.drl}, together with any custom rules; the
 * facts they see are in {@link dev.cxkit.audit.spi}. The cross-contact and case codes
 * (REPEAT_CONTACT, REOPENED_CASE, NO_FOLLOW_UP, ESCALATION_PATTERN, CONTACT_REASON_SPIKE) need
 * history and are found by an {@link AuditRun}.
 *
 * <p>No wall clock is read: {@code asOf} is the instant at which open promises and feedback loops
 * are judged (usually the end of the exported period).
 */
public interface Auditor {

    /**
     * Checks one contact with the per-contact rules. Stateless and thread-safe: the only history
     * OVER_AUTHORITY sees is the contact's own earlier grants (an {@link AuditRun} adds the
     * customer's earlier contacts). Cost: a few microseconds plus one policy decision per grant.
     *
     * @param interaction the contact
     * @param asOf the instant open promises and feedback loops are judged at
     * @return the findings, in rule order; empty if none
     * @throws AuditRuleException if a rule fails (never the built-in rules on a valid interaction)
     */
    List<AuditFinding> checkContact(Interaction interaction, Instant asOf);

    /**
     * Starts a streaming audit over contacts and case events, with all codes.
     *
     * @param asOf the instant the run judges at: open promises and feedback loops, follow-ups whose
     *     deadline has passed, complete weeks; the period ends here: what happened after it (contacts
     *     queued, case events, promise fulfilments, loop closures) is not known and not used
     * @param sink receives each finding as soon as it is known, on the thread that feeds the run
     * @return the run; not thread-safe, feed it from one thread
     */
    AuditRun start(Instant asOf, Consumer<AuditFinding> sink);

    /**
     * The thresholds the rules use.
     *
     * @return the thresholds
     */
    AuditThresholds thresholds();

    /**
     * The business calendar of the e-mail reply check, follow-up deadlines, weeks and quarters.
     *
     * @return the calendar
     */
    BusinessCalendar calendar();

    /**
     * The business calendar of one channel's first-reply check: the channel's own calendar if the
     * builder set one ({@link Builder#calendar(Channel, BusinessCalendar)}), else {@link #calendar()}.
     *
     * @param channel the channel
     * @return the calendar its reply times are measured in
     */
    BusinessCalendar calendar(Channel channel);

    /**
     * The ids of the per-contact rules, built-in and custom, for documentation and tests. The
     * built-in rules are named by the {@link AuditFinding#ruleId()} of their findings.
     *
     * @return rule names, sorted
     */
    List<String> ruleNames();

    /**
     * Starts a builder with the defaults.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * An auditor with default thresholds, an always-open UTC calendar, no policy and no custom rules.
     *
     * @return the auditor
     */
    static Auditor ofDefaults() {
        return builder().build();
    }

    /** Builds an {@link Auditor}; each setter validates its value. Not thread-safe. */
    final class Builder {
        private AuditThresholds thresholds = AuditThresholds.ofDefaults();
        private BusinessCalendar calendar = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
        private final Map<Channel, BusinessCalendar> channelCalendars = new EnumMap<>(Channel.class);
        private @Nullable Policy policy;
        private final List<PolicySource> customRules = new ArrayList<>();
        private Duration maxDisorder = Duration.ofHours(1);
        private Duration grantHistory = Duration.ofDays(31);
        private Duration caseMemory = Duration.ofDays(60);

        private Builder() {
        }

        /**
         * Sets the thresholds.
         *
         * @param value the thresholds; default {@link AuditThresholds#ofDefaults()}
         * @return this builder
         */
        public Builder thresholds(AuditThresholds value) {
            this.thresholds = Checks.notNull(value, "thresholds");
            return this;
        }

        /**
         * Sets the business calendar: e-mail reply times and follow-up deadlines are measured in its
         * opening hours, and weeks and quarters are taken in its zone.
         *
         * @param value the calendar; default always open in UTC
         * @return this builder
         */
        public Builder calendar(BusinessCalendar value) {
            this.calendar = Checks.notNull(value, "calendar");
            return this;
        }

        /**
         * Sets the business calendar of one channel, for its first-reply check (e-mail and messaging
         * reply times are business time): a centre whose e-mail desk keeps other hours than its
         * phones. Follow-up deadlines, weeks and quarters stay on {@link #calendar(BusinessCalendar)}.
         *
         * @param channel the channel
         * @param value its calendar
         * @return this builder
         */
        public Builder calendar(Channel channel, BusinessCalendar value) {
            channelCalendars.put(Checks.notNull(channel, "channel"), Checks.notNull(value, "calendar"));
            return this;
        }

        /**
         * Sets the empowerment policy that recorded grants are checked against (OVER_AUTHORITY).
         *
         * @param value the policy, or {@code null} to skip OVER_AUTHORITY (the default)
         * @return this builder
         */
        public Builder policy(@Nullable Policy value) {
            this.policy = value;
            return this;
        }

        /**
         * Adds a custom DRL rule file that sees the facts of {@link dev.cxkit.audit.spi} and
         * reports through {@link dev.cxkit.audit.spi.AuditFindings}.
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
         * Adds a custom DRL rule file read from disk (UTF-8).
         *
         * @param file the {@code .drl} file
         * @return this builder
         * @throws UncheckedIOException if it cannot be read
         */
        public Builder customRuleFile(Path file) {
            Checks.notNull(file, "file");
            try {
                return customRule(String.valueOf(file.getFileName()), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the audit rule file " + file + ".", e);
            }
        }

        /**
         * Sets how far out of queuedAt order contacts may arrive in an {@link AuditRun} and still be
         * treated exactly: the run holds contacts back this long (by queuedAt) before the
         * cross-contact checks see them. Later ones are processed anyway and counted in
         * {@link AuditSummary#lateContacts()}.
         *
         * @param value zero to 7 days; default 1 hour
         * @return this builder
         */
        public Builder maxDisorder(Duration value) {
            this.maxDisorder = bounded(value, "maxDisorder", Duration.ofDays(7));
            return this;
        }

        /**
         * Sets how long a run remembers grants for the policy's cumulative caps; must cover the
         * longest cap period of the policy.
         *
         * @param value 1 to 400 days; default 31 days (covers {@code P30D} and {@code P1M})
         * @return this builder
         */
        public Builder grantHistory(Duration value) {
            this.grantHistory = bounded(value, "grantHistory", Duration.ofDays(400));
            if (value.compareTo(Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException("The grantHistory (" + value + ") is shorter than a day."
                        + "\nMaybe you meant days, such as P31D?");
            }
            return this;
        }

        /**
         * Sets how long a run keeps the state of a case (last status, priority, customer) after its
         * last event or contact; a reopen or resolution after that is judged without the earlier state.
         * A case is kept at least this long and forgotten at a weekly sweep after that (later when
         * its events came ahead of the contacts, as {@code cx audit --case-lookahead} feeds them).
         *
         * @param value 1 to 400 days; default 60 days
         * @return this builder
         */
        public Builder caseMemory(Duration value) {
            this.caseMemory = bounded(value, "caseMemory", Duration.ofDays(400));
            if (value.compareTo(Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException("The caseMemory (" + value + ") is shorter than a day.");
            }
            return this;
        }

        /**
         * Compiles the rules and builds the auditor.
         *
         * @return the auditor
         * @throws PolicyCompilationException naming the file, line and column of each problem in a custom rule
         */
        public Auditor build() {
            return new DefaultAuditor(thresholds, calendar, Map.copyOf(channelCalendars), policy, List.copyOf(customRules),
                    maxDisorder, grantHistory, caseMemory);
        }

        private static Duration bounded(Duration value, String name, Duration max) {
            Checks.nonNegative(value, name, "the auditor");
            if (value.compareTo(max) > 0) {
                throw new IllegalArgumentException("The " + name + " (" + value + ") of the auditor is above " + max + ".");
            }
            return value;
        }
    }
}
