package dev.cxkit.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One contact between a customer and the service: when it was queued, answered and ended, how the
 * time was spent, and what happened in it (holds, transfers, emotional cues, promises, grants,
 * feedback). Build one with {@link #builder(InteractionId, CustomerId, Channel)}. Immutable and
 * thread-safe.
 *
 * <p>Validation (each failure names the field and the value):
 * <ul>
 *   <li>{@code queuedAt ≤ answeredAt ≤ endedAt}; {@code firstReplyAt ≥ queuedAt};</li>
 *   <li>talk, hold and after-contact work are not negative; sentiment is in [−1, 1];</li>
 *   <li>hold segments lie inside the connected part of the contact and do not overlap; when segments
 *       are given, {@code hold} is their sum (flat exports give only the total);</li>
 *   <li>transfers, emotional cues and promises happen between {@code queuedAt} and {@code endedAt};</li>
 *   <li>an abandoned contact (no {@code answeredAt}) has no holds and no transfers;</li>
 *   <li>promise ids are unique within the contact.</li>
 * </ul>
 *
 * @param id the interaction's id
 * @param customerId the customer
 * @param customerSegment the customer's segment at the time, or {@code null} if unknown
 * @param agentId the agent who handled it, or {@code null} (abandoned, or unknown)
 * @param agentTier that agent's tier, or {@code null}
 * @param team that agent's team, or {@code null}
 * @param channel the channel
 * @param reason the contact reason (the "issue"), or {@code null} if not classified
 * @param caseId the linked case, or {@code null}
 * @param queuedAt when the contact arrived (entered the queue, or the e-mail was received)
 * @param answeredAt when an agent answered, or {@code null} if the contact was abandoned at {@code endedAt}
 * @param endedAt when the contact ended
 * @param firstReplyAt for written channels, the first agent reply, or {@code null}
 * @param talk time spent talking or writing
 * @param hold total time on hold
 * @param afterContactWork wrap-up time after the contact
 * @param resolved whether the contact resolved the issue, or {@code null} if unknown
 * @param sentiment sentiment score in [−1, 1], or {@code null}
 * @param holds the hold segments, sorted by start
 * @param transfers the transfers, in order
 * @param emotionalCues the emotional cues, in order
 * @param customerRepeatedInformation whether the customer had to repeat information already given
 * @param promises the promises made in this contact
 * @param grants what the agent gave the customer
 * @param feedback the survey answers about this contact, or {@code null}
 */
public record Interaction(
        InteractionId id,
        CustomerId customerId,
        @Nullable Segment customerSegment,
        @Nullable AgentId agentId,
        @Nullable Tier agentTier,
        @Nullable TeamId team,
        Channel channel,
        @Nullable ContactReason reason,
        @Nullable CaseId caseId,
        Instant queuedAt,
        @Nullable Instant answeredAt,
        Instant endedAt,
        @Nullable Instant firstReplyAt,
        Duration talk,
        Duration hold,
        Duration afterContactWork,
        @Nullable Boolean resolved,
        @Nullable Double sentiment,
        List<HoldSegment> holds,
        List<Transfer> transfers,
        List<EmotionalCue> emotionalCues,
        boolean customerRepeatedInformation,
        List<Promise> promises,
        List<Grant> grants,
        @Nullable Feedback feedback) {

    /** Validates the timeline; see the class description for the rules. */
    public Interaction {
        Checks.notNull(id, "interaction id");
        Object owner = Checks.owner("interaction", id);
        Checks.notNull(customerId, "customerId");
        Checks.notNull(channel, "channel");
        Checks.notNull(queuedAt, "queuedAt");
        Checks.notNull(endedAt, "endedAt");
        Checks.notBefore(endedAt, "endedAt", queuedAt, "queuedAt", owner);
        if (answeredAt != null) {
            Checks.notBefore(answeredAt, "answeredAt", queuedAt, "queuedAt", owner);
            Checks.notBefore(endedAt, "endedAt", answeredAt, "answeredAt", owner);
        }
        if (firstReplyAt != null) {
            Checks.notBefore(firstReplyAt, "firstReplyAt", queuedAt, "queuedAt", owner);
        }
        Checks.nonNegative(talk, "talk", owner);
        Checks.nonNegative(hold, "hold", owner);
        Checks.nonNegative(afterContactWork, "afterContactWork", owner);
        if (sentiment != null && !(sentiment >= -1.0 && sentiment <= 1.0)) {
            throw new IllegalArgumentException("The sentiment (" + sentiment + ") of " + owner + " is outside [-1, 1].");
        }
        holds = sortedHolds(Checks.notNull(holds, "holds"));
        transfers = List.copyOf(Checks.notNull(transfers, "transfers"));
        emotionalCues = List.copyOf(Checks.notNull(emotionalCues, "emotionalCues"));
        promises = List.copyOf(Checks.notNull(promises, "promises"));
        grants = List.copyOf(Checks.notNull(grants, "grants"));

        if (answeredAt == null && (!holds.isEmpty() || !transfers.isEmpty())) {
            throw new IllegalArgumentException("The " + owner + " was abandoned (no answeredAt) but has "
                    + holds.size() + " hold segment(s) and " + transfers.size() + " transfer(s).\n"
                    + "Maybe answeredAt is missing?");
        }
        checkHolds(holds, hold, answeredAt == null ? queuedAt : answeredAt, endedAt, owner);
        for (Transfer transfer : transfers) {
            within(transfer.at(), "transfer at", queuedAt, endedAt, owner);
        }
        for (EmotionalCue cue : emotionalCues) {
            within(cue.at(), "emotional cue at", queuedAt, endedAt, owner);
        }
        // Only two or more promises can share an id: no set for the usual zero or one.
        @Nullable Set<PromiseId> promiseIds = promises.size() > 1 ? new HashSet<>() : null;
        for (Promise promise : promises) {
            if (promise.madeAt().isBefore(queuedAt) || promise.madeAt().isAfter(endedAt)) {
                within(promise.madeAt(), "madeAt of promise (" + promise.id() + ")", queuedAt, endedAt, owner);
            }
            if (promiseIds != null && !promiseIds.add(promise.id())) {
                throw new IllegalArgumentException("The " + owner + " has two promises with id (" + promise.id() + ").");
            }
        }
        if (feedback != null) {
            Checks.notBefore(feedback.receivedAt(), "feedback receivedAt", queuedAt, "queuedAt", owner);
        }
    }

    private static List<HoldSegment> sortedHolds(List<HoldSegment> holds) {
        if (holds.size() < 2) {
            // Most contacts have no hold: copy without the sort's scratch list.
            return List.copyOf(holds);
        }
        List<HoldSegment> sorted = new ArrayList<>(holds);
        sorted.sort(Comparator.comparing(HoldSegment::start));
        return List.copyOf(sorted);
    }

    private static void checkHolds(List<HoldSegment> holds, Duration hold, Instant connectedAt, Instant endedAt,
            Object owner) {
        Duration sum = Duration.ZERO;
        HoldSegment previous = null;
        for (HoldSegment segment : holds) {
            if (segment.start().isBefore(connectedAt) || segment.end().isAfter(endedAt)) {
                throw new IllegalArgumentException("The hold from " + segment.start() + " to " + segment.end() + " of "
                        + owner + " lies outside the contact (" + connectedAt + " to " + endedAt + ").");
            }
            if (previous != null && segment.start().isBefore(previous.end())) {
                throw new IllegalArgumentException("The holds of " + owner + " overlap: " + previous.start() + " to "
                        + previous.end() + " and " + segment.start() + " to " + segment.end() + ".");
            }
            sum = sum.plus(segment.duration());
            previous = segment;
        }
        if (!holds.isEmpty() && !sum.equals(hold)) {
            throw new IllegalArgumentException("The hold (" + hold + ") of " + owner
                    + " differs from the sum of its hold segments (" + sum + ").");
        }
    }

    private static void within(Instant at, String field, Instant from, Instant to, Object owner) {
        if (at.isBefore(from) || at.isAfter(to)) {
            throw new IllegalArgumentException("The " + field + " (" + at + ") of " + owner
                    + " lies outside the contact (" + from + " to " + to + ").");
        }
    }

    /**
     * Starts a builder with the required fields; {@code queuedAt} and {@code endedAt} must be set
     * before {@link Builder#build()}.
     *
     * @param id the interaction's id
     * @param customerId the customer
     * @param channel the channel
     * @return a builder
     */
    public static Builder builder(InteractionId id, CustomerId customerId, Channel channel) {
        return new Builder(id, customerId, channel);
    }

    /**
     * A builder pre-filled with this interaction's values, for a modified copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, customerId, channel);
        b.customerSegment = customerSegment;
        b.agentId = agentId;
        b.agentTier = agentTier;
        b.team = team;
        b.reason = reason;
        b.caseId = caseId;
        b.queuedAt = queuedAt;
        b.answeredAt = answeredAt;
        b.endedAt = endedAt;
        b.firstReplyAt = firstReplyAt;
        b.talk = talk;
        b.hold = holds.isEmpty() ? hold : null;
        b.afterContactWork = afterContactWork;
        b.resolved = resolved;
        b.sentiment = sentiment;
        b.holds.addAll(holds);
        b.transfers.addAll(transfers);
        b.emotionalCues.addAll(emotionalCues);
        b.customerRepeatedInformation = customerRepeatedInformation;
        b.promises.addAll(promises);
        b.grants.addAll(grants);
        b.feedback = feedback;
        return b;
    }

    /**
     * Whether the customer gave up before being answered.
     *
     * @return {@code true} if there is no {@code answeredAt}
     */
    public boolean isAbandoned() {
        return answeredAt == null;
    }

    /**
     * How long the customer waited in the queue: to the answer, or to hanging up if abandoned.
     *
     * @return {@code (answeredAt or endedAt) - queuedAt}
     */
    public Duration queueWait() {
        return Duration.between(queuedAt, answeredAt != null ? answeredAt : endedAt);
    }

    /**
     * Handle time: talk + hold + after-contact work.
     *
     * @return the handle time; zero for an abandoned contact without recorded work
     */
    public Duration handleTime() {
        return talk.plus(hold).plus(afterContactWork);
    }

    /**
     * The escalations in this contact: transfers to a tier above the handling agent's. Needs
     * {@link #agentTier()} and the transfer's {@link Transfer#toTier()}; transfers without them are
     * not counted as escalations.
     *
     * @return the escalations, in order
     */
    public List<Escalation> escalations() {
        if (agentTier == null || transfers.isEmpty()) {
            return List.of();
        }
        List<Escalation> result = new ArrayList<>();
        Tier current = agentTier;
        for (Transfer transfer : transfers) {
            Tier to = transfer.toTier();
            if (to != null && to.isAbove(current)) {
                result.add(new Escalation(current, to, reason, List.of(), transfer.handoffSummary(), transfer.warm(),
                        transfer.at()));
            }
            if (to != null) {
                current = to;
            }
        }
        return List.copyOf(result);
    }

    /**
     * Whether this contact was escalated to a higher tier.
     *
     * @return {@code true} if {@link #escalations()} is not empty
     */
    public boolean isEscalated() {
        return !escalations().isEmpty();
    }

    /** Builds an {@link Interaction}; not thread-safe. Lists are appended to, other setters replace. */
    public static final class Builder {
        private final InteractionId id;
        private final CustomerId customerId;
        private final Channel channel;
        private @Nullable Segment customerSegment;
        private @Nullable AgentId agentId;
        private @Nullable Tier agentTier;
        private @Nullable TeamId team;
        private @Nullable ContactReason reason;
        private @Nullable CaseId caseId;
        private @Nullable Instant queuedAt;
        private @Nullable Instant answeredAt;
        private @Nullable Instant endedAt;
        private @Nullable Instant firstReplyAt;
        private Duration talk = Duration.ZERO;
        private @Nullable Duration hold;
        private Duration afterContactWork = Duration.ZERO;
        private @Nullable Boolean resolved;
        private @Nullable Double sentiment;
        private final List<HoldSegment> holds = new ArrayList<>();
        private final List<Transfer> transfers = new ArrayList<>();
        private final List<EmotionalCue> emotionalCues = new ArrayList<>();
        private boolean customerRepeatedInformation;
        private final List<Promise> promises = new ArrayList<>();
        private final List<Grant> grants = new ArrayList<>();
        private @Nullable Feedback feedback;

        private Builder(InteractionId id, CustomerId customerId, Channel channel) {
            this.id = Checks.notNull(id, "interaction id");
            this.customerId = Checks.notNull(customerId, "customerId");
            this.channel = Checks.notNull(channel, "channel");
        }

        /** @param value the customer's segment @return this builder */
        public Builder customerSegment(@Nullable Segment value) {
            this.customerSegment = value;
            return this;
        }

        /** @param id the handling agent @param tier the agent's tier @param team the agent's team @return this builder */
        public Builder agent(@Nullable AgentId id, @Nullable Tier tier, @Nullable TeamId team) {
            this.agentId = id;
            this.agentTier = tier;
            this.team = team;
            return this;
        }

        /** @param value the contact reason @return this builder */
        public Builder reason(@Nullable ContactReason value) {
            this.reason = value;
            return this;
        }

        /** @param value the linked case @return this builder */
        public Builder caseId(@Nullable CaseId value) {
            this.caseId = value;
            return this;
        }

        /** @param value when the contact arrived @return this builder */
        public Builder queuedAt(Instant value) {
            this.queuedAt = value;
            return this;
        }

        /** @param value when an agent answered; {@code null} for abandoned @return this builder */
        public Builder answeredAt(@Nullable Instant value) {
            this.answeredAt = value;
            return this;
        }

        /** @param value when the contact ended @return this builder */
        public Builder endedAt(Instant value) {
            this.endedAt = value;
            return this;
        }

        /** @param value first agent reply (written channels) @return this builder */
        public Builder firstReplyAt(@Nullable Instant value) {
            this.firstReplyAt = value;
            return this;
        }

        /** @param value talk time @return this builder */
        public Builder talk(Duration value) {
            this.talk = value;
            return this;
        }

        /**
         * Sets the total hold for exports that have no hold segments. When segments are added,
         * leave this unset: the total is their sum.
         *
         * @param value total hold
         * @return this builder
         */
        public Builder hold(Duration value) {
            this.hold = value;
            return this;
        }

        /** @param value after-contact work @return this builder */
        public Builder afterContactWork(Duration value) {
            this.afterContactWork = value;
            return this;
        }

        /** @param value whether the contact resolved the issue @return this builder */
        public Builder resolved(@Nullable Boolean value) {
            this.resolved = value;
            return this;
        }

        /** @param value sentiment in [−1, 1] @return this builder */
        public Builder sentiment(@Nullable Double value) {
            this.sentiment = value;
            return this;
        }

        /** @param value a hold segment to add @return this builder */
        public Builder addHold(HoldSegment value) {
            this.holds.add(Checks.notNull(value, "hold segment"));
            return this;
        }

        /** @param value a transfer to add @return this builder */
        public Builder addTransfer(Transfer value) {
            this.transfers.add(Checks.notNull(value, "transfer"));
            return this;
        }

        /** @param value an emotional cue to add @return this builder */
        public Builder addEmotionalCue(EmotionalCue value) {
            this.emotionalCues.add(Checks.notNull(value, "emotional cue"));
            return this;
        }

        /** @param value whether the customer had to repeat information @return this builder */
        public Builder customerRepeatedInformation(boolean value) {
            this.customerRepeatedInformation = value;
            return this;
        }

        /** @param value a promise to add @return this builder */
        public Builder addPromise(Promise value) {
            this.promises.add(Checks.notNull(value, "promise"));
            return this;
        }

        /** @param value a grant to add @return this builder */
        public Builder addGrant(Grant value) {
            this.grants.add(Checks.notNull(value, "grant"));
            return this;
        }

        /** @param value the feedback about this contact @return this builder */
        public Builder feedback(@Nullable Feedback value) {
            this.feedback = value;
            return this;
        }

        /**
         * Builds and validates the interaction.
         *
         * @return the interaction
         * @throws IllegalArgumentException naming the field and value if the timeline is inconsistent
         * @throws NullPointerException if {@code queuedAt} or {@code endedAt} was not set
         */
        public Interaction build() {
            Duration totalHold = hold;
            if (totalHold == null) {
                totalHold = Duration.ZERO;
                for (HoldSegment segment : holds) {
                    totalHold = totalHold.plus(segment.duration());
                }
            }
            return new Interaction(id, customerId, customerSegment, agentId, agentTier, team, channel, reason, caseId,
                    Checks.notNull(queuedAt, "queuedAt"), answeredAt, Checks.notNull(endedAt, "endedAt"), firstReplyAt,
                    talk, totalHold, afterContactWork, resolved, sentiment, holds, transfers, emotionalCues,
                    customerRepeatedInformation, promises, grants, feedback);
        }
    }
}
