package dev.cxkit.audit.qa;

import java.time.Instant;

import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.Auditor;
import dev.cxkit.audit.qa.internal.DefaultQaScorer;
import dev.cxkit.core.AuthorityLimits;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import org.jspecify.annotations.Nullable;

/**
 * Scores contacts against a {@link QaRubric}. The checks are the audit's own per-contact rules
 * ({@link Auditor#checkContact}), run with the rubric's thresholds, so a QA failure and an audit
 * finding never disagree; only {@link QaCheck#RESOLVED_FIRST_CONTACT} reads the interaction's
 * {@code resolved} flag directly.
 *
 * <p>Per contact: each criterion is passed, failed or not applicable ({@link QaOutcome}); the score
 * is points earned / points applicable × 100 ({@link QaScore.Scored}); a failed auto-fail criterion
 * makes it 0 ({@link QaScore.AutoFailed}); a contact with no applicable criterion, such as an
 * abandoned one, has no score ({@link QaScore.Unscored}). Grants are judged against the contact's
 * own grants only (the audit run's 30-day caps across contacts are {@code cx audit}'s work).
 *
 * <p>Build once (it compiles the audit rules, about a second) and share: immutable and thread-safe.
 */
public interface QaScorer {

    /**
     * Scores one contact.
     *
     * @param interaction the contact
     * @param asOf the instant promises are judged at (one still open then is not judged)
     * @return the result
     */
    QaResult score(Interaction interaction, Instant asOf);

    /**
     * The rubric.
     *
     * @return the rubric
     */
    QaRubric rubric();

    /**
     * Starts a scorer with the default rubric, the audit's default thresholds, an always-open UTC
     * calendar and the authority policy of {@link AuthorityLimits#ofDefaults()}.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link QaScorer}; not thread-safe. */
    final class Builder {
        private QaRubric rubric = QaRubric.defaults();
        private AuditThresholds thresholds = AuditThresholds.ofDefaults();
        private final Auditor.Builder auditor = Auditor.builder();
        private boolean defaultPolicy = true;
        private @Nullable Policy policy;

        private Builder() {
        }

        /**
         * Sets the rubric.
         *
         * @param value the rubric; default {@link QaRubric#defaults()}
         * @return this builder
         */
        public Builder rubric(QaRubric value) {
            this.rubric = Checks.notNull(value, "rubric");
            return this;
        }

        /**
         * Sets the thresholds the rubric's parameters are applied to.
         *
         * @param value the base thresholds; default {@link AuditThresholds#ofDefaults()}
         * @return this builder
         */
        public Builder thresholds(AuditThresholds value) {
            this.thresholds = Checks.notNull(value, "thresholds");
            return this;
        }

        /**
         * Sets the business calendar of the e-mail and messaging reply times.
         *
         * @param value the calendar; default always open in UTC
         * @return this builder
         */
        public Builder calendar(BusinessCalendar value) {
            auditor.calendar(value);
            return this;
        }

        /**
         * Sets one channel's calendar.
         *
         * @param channel the channel
         * @param value its calendar
         * @return this builder
         */
        public Builder calendar(Channel channel, BusinessCalendar value) {
            auditor.calendar(channel, value);
            return this;
        }

        /**
         * Sets the authority policy of {@link QaCheck#WITHIN_AUTHORITY}.
         *
         * @param value the policy, or {@code null} to leave the check not applicable everywhere;
         *        default the authority matrix of {@link AuthorityLimits#ofDefaults()}
         * @return this builder
         */
        public Builder policy(@Nullable Policy value) {
            this.policy = value;
            this.defaultPolicy = false;
            return this;
        }

        /**
         * Builds the scorer.
         *
         * @return the scorer
         */
        public QaScorer build() {
            Policy chosen = defaultPolicy ? Policy.compile(java.util.List.of(PolicySource.authorityMatrix(
                    "default-authority.csv", AuthorityLimits.ofDefaults().toAuthorityMatrix()))) : policy;
            Auditor built = auditor.thresholds(rubric.thresholds(thresholds)).policy(chosen).build();
            return new DefaultQaScorer(rubric, built, chosen != null);
        }
    }
}
