package dev.cxkit.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What a customer said about a contact: survey answers, free-text themes, and whether the loop was
 * closed (the customer was answered and the cause addressed). Each survey answer is optional; an
 * unrated survey has none. Build one with {@link #builder(Instant)}, which names each answer and
 * defaults the rest (no answers, no themes, {@link Priority#NORMAL}, loop open). Immutable and
 * thread-safe.
 *
 * @param csat the CSAT answer, or {@code null} if not given
 * @param ces the CES answer, or {@code null} if not given
 * @param nps the likelihood to recommend, 0–10, or {@code null} if not given
 * @param resolved the customer's answer to "was your issue resolved?", or {@code null} if not asked
 * @param themes free-text theme tags such as {@code "wait time"}
 * @param priority how urgently the feedback needs an answer
 * @param receivedAt when the feedback arrived
 * @param loopClosedAt when the loop was closed, or {@code null} while open
 * @param owner who owns the response, as the helpdesk's assignee id, or {@code null} if unassigned or
 *     not recorded
 * @param respondedAt when the customer first got an answer to the feedback (a thank-you counts for
 *     positive feedback), or {@code null} if not yet or not recorded; closing the loop answers too
 */
public record Feedback(@Nullable CsatScore csat, @Nullable CesScore ces, @Nullable Integer nps,
        @Nullable Boolean resolved, List<String> themes, Priority priority, Instant receivedAt, @Nullable Instant loopClosedAt,
        @Nullable AgentId owner, @Nullable Instant respondedAt) {

    /**
     * Validates NPS range, themes, and that the loop was not closed, nor the feedback answered,
     * before it arrived.
     */
    public Feedback {
        if (nps != null) {
            Checks.inRange(nps, 0, 10, "NPS", Checks.owner("feedback received at", receivedAt));
        }
        themes = List.copyOf(Checks.notNull(themes, "themes"));
        for (String theme : themes) {
            Checks.identifier(theme, "theme");
        }
        Checks.notNull(priority, "priority");
        Checks.notNull(receivedAt, "receivedAt");
        if (loopClosedAt != null) {
            Checks.notBefore(loopClosedAt, "loopClosedAt", receivedAt, "receivedAt", "feedback");
        }
        if (respondedAt != null) {
            Checks.notBefore(respondedAt, "respondedAt", receivedAt, "receivedAt", "feedback");
        }
    }

    /**
     * Feedback without an owner or a recorded response: the form of the first releases, kept so
     * that callers written for it still compile.
     *
     * @param csat the CSAT answer, or {@code null}
     * @param ces the CES answer, or {@code null}
     * @param nps the likelihood to recommend, 0–10, or {@code null}
     * @param resolved the customer's "was your issue resolved?" answer, or {@code null}
     * @param themes free-text theme tags
     * @param priority how urgently the feedback needs an answer
     * @param receivedAt when the feedback arrived
     * @param loopClosedAt when the loop was closed, or {@code null} while open
     */
    public Feedback(@Nullable CsatScore csat, @Nullable CesScore ces, @Nullable Integer nps, @Nullable Boolean resolved,
            List<String> themes, Priority priority, Instant receivedAt, @Nullable Instant loopClosedAt) {
        this(csat, ces, nps, resolved, themes, priority, receivedAt, loopClosedAt, null, null);
    }

    /**
     * Whether the feedback is positive: a CSAT answer in the top box, or an NPS promoter (9–10), and
     * not {@linkplain #isNegative() negative} by its other answer.
     *
     * @return {@code true} if positive
     */
    public boolean isPositive() {
        return !isNegative() && ((csat != null && csat.isTopBox()) || (nps != null && nps >= 9));
    }

    /**
     * When the customer first got an answer: the earlier of {@link #respondedAt()} and
     * {@link #loopClosedAt()} (closing the loop answers the customer).
     *
     * @return the instant, or {@code null} if neither is recorded
     */
    public @Nullable Instant firstAnsweredAt() {
        if (respondedAt == null) {
            return loopClosedAt;
        }
        return loopClosedAt == null || respondedAt.isBefore(loopClosedAt) ? respondedAt : loopClosedAt;
    }

    /**
     * The work item's status as known at {@code asOf}: nothing after {@code asOf} is known.
     *
     * @param asOf the instant to judge at
     * @return {@link FeedbackStatus#CLOSED} if the loop was closed by {@code asOf}, else
     *     {@link FeedbackStatus#RESPONDED} if the customer was answered by then, else
     *     {@link FeedbackStatus#OPEN}
     */
    public FeedbackStatus status(Instant asOf) {
        Checks.notNull(asOf, "asOf");
        if (loopClosedAt != null && !loopClosedAt.isAfter(asOf)) {
            return FeedbackStatus.CLOSED;
        }
        Instant answered = firstAnsweredAt();
        return answered != null && !answered.isAfter(asOf) ? FeedbackStatus.RESPONDED : FeedbackStatus.OPEN;
    }

    /**
     * Whether any survey question (CSAT, CES, NPS or resolved) was answered.
     *
     * @return {@code false} for an unrated survey
     */
    public boolean isRated() {
        return csat != null || ces != null || nps != null || resolved != null;
    }

    /**
     * Whether the feedback is negative: a CSAT answer below the middle of its scale, or an NPS
     * detractor (0–6).
     *
     * @return {@code true} if negative
     */
    public boolean isNegative() {
        return (csat != null && csat.scale().isNegative(csat.score())) || (nps != null && nps <= 6);
    }

    /**
     * How long the loop was, or has been, open, as known at {@code asOf}: nothing after {@code asOf}
     * is known, so a closure recorded after it counts as not yet closed, and feedback received after
     * it has not been open at all.
     *
     * @param asOf the instant to measure at
     * @return time from receipt to closure if the loop was closed by {@code asOf}, else to {@code asOf};
     *     never negative
     */
    public Duration openFor(Instant asOf) {
        Instant end = loopClosedAt != null && !loopClosedAt.isAfter(asOf) ? loopClosedAt : asOf;
        return end.isBefore(receivedAt) ? Duration.ZERO : Duration.between(receivedAt, end);
    }

    /**
     * Starts a builder for feedback received at {@code receivedAt}: no survey answers, no themes,
     * {@link Priority#NORMAL}, loop still open. The values are checked by {@link Builder#build()}.
     *
     * @param receivedAt when the feedback arrived
     * @return a builder
     * @throws NullPointerException if {@code receivedAt} is {@code null}
     */
    public static Builder builder(Instant receivedAt) {
        return new Builder(receivedAt);
    }

    /**
     * A builder pre-filled with this feedback's values, for a modified copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(receivedAt);
        b.csat = csat;
        b.ces = ces;
        b.nps = nps;
        b.resolved = resolved;
        b.themes.addAll(themes);
        b.priority = priority;
        b.loopClosedAt = loopClosedAt;
        b.owner = owner;
        b.respondedAt = respondedAt;
        return b;
    }

    /**
     * Builds a {@link Feedback}; not thread-safe. {@link #addTheme(String)} appends, other setters
     * replace. Validation happens once, in {@link #build()}, with the record's own rules.
     */
    public static final class Builder {
        private Instant receivedAt;
        private @Nullable CsatScore csat;
        private @Nullable CesScore ces;
        private @Nullable Integer nps;
        private @Nullable Boolean resolved;
        private final List<String> themes = new ArrayList<>();
        private Priority priority = Priority.NORMAL;
        private @Nullable Instant loopClosedAt;
        private @Nullable AgentId owner;
        private @Nullable Instant respondedAt;

        private Builder(Instant receivedAt) {
            this.receivedAt = Checks.notNull(receivedAt, "receivedAt");
        }

        /** @param value when the feedback arrived @return this builder */
        public Builder receivedAt(Instant value) {
            this.receivedAt = Checks.notNull(value, "receivedAt");
            return this;
        }

        /** @param value the CSAT answer, or {@code null} if not given @return this builder */
        public Builder csat(@Nullable CsatScore value) {
            this.csat = value;
            return this;
        }

        /** @param value the CES answer, or {@code null} if not given @return this builder */
        public Builder ces(@Nullable CesScore value) {
            this.ces = value;
            return this;
        }

        /** @param value the likelihood to recommend, 0–10, or {@code null} if not given @return this builder */
        public Builder nps(@Nullable Integer value) {
            this.nps = value;
            return this;
        }

        /**
         * @param value the customer's answer to "was your issue resolved?", or {@code null} if not asked
         * @return this builder
         */
        public Builder resolved(@Nullable Boolean value) {
            this.resolved = value;
            return this;
        }

        /** @param value a free-text theme tag to add, such as {@code "wait time"} @return this builder */
        public Builder addTheme(String value) {
            this.themes.add(Checks.notNull(value, "theme"));
            return this;
        }

        /** @param values the theme tags, replacing those added so far @return this builder */
        public Builder themes(List<String> values) {
            Checks.notNull(values, "themes");
            this.themes.clear();
            values.forEach(this::addTheme);
            return this;
        }

        /** @param value how urgently the feedback needs an answer; {@link Priority#NORMAL} unless set @return this builder */
        public Builder priority(Priority value) {
            this.priority = Checks.notNull(value, "priority");
            return this;
        }

        /** @param value when the loop was closed, or {@code null} while open @return this builder */
        public Builder loopClosedAt(@Nullable Instant value) {
            this.loopClosedAt = value;
            return this;
        }

        /** @param value who owns the response (the helpdesk's assignee), or {@code null} @return this builder */
        public Builder owner(@Nullable AgentId value) {
            this.owner = value;
            return this;
        }

        /**
         * @param value when the customer first got an answer to the feedback, or {@code null} if not yet
         * @return this builder
         */
        public Builder respondedAt(@Nullable Instant value) {
            this.respondedAt = value;
            return this;
        }

        /**
         * Builds and validates the feedback.
         *
         * @return the feedback
         * @throws IllegalArgumentException naming the field and value if NPS is outside 0–10, a theme
         *     is blank, or the loop was closed or the feedback answered before it arrived
         */
        public Feedback build() {
            return new Feedback(csat, ces, nps, resolved, themes, priority, receivedAt, loopClosedAt, owner, respondedAt);
        }
    }
}
