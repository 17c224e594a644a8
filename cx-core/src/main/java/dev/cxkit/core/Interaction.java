package dev.cxkit.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
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
 * <p><b>Not recorded is not zero.</b> Talk, hold and after-contact work are {@code null} when the
 * source does not carry them; {@link #notRecorded()} lists those and the other facts a source may
 * lack ({@link InteractionFact}: transfers, the wait of an abandoned contact). A KPI that needs a
 * fact counts only the contacts that carry it.
 *
 * <p>Validation (each failure names the field and the value):
 * <ul>
 *   <li>{@code queuedAt ≤ answeredAt ≤ endedAt}; {@code firstReplyAt ≥ queuedAt};</li>
 *   <li>talk, hold and after-contact work are not negative; sentiment is in [−1, 1];</li>
 *   <li>hold segments lie inside the connected part of the contact and do not overlap; when segments
 *       are given, {@code hold} is their sum (flat exports give only the total);</li>
 *   <li>transfers, emotional cues and promises happen between {@code queuedAt} and {@code endedAt};</li>
 *   <li>an abandoned contact (no {@code answeredAt}) has no holds and no transfers;</li>
 *   <li>a fact that is not recorded has no data: no hold segments without {@link InteractionFact#HOLD},
 *       no transfers without {@link InteractionFact#TRANSFERS}, and only an abandoned contact can
 *       lack {@link InteractionFact#ABANDON_WAIT}, whose {@code endedAt} is then {@code queuedAt};</li>
 *   <li>promise ids are unique within the contact;</li>
 *   <li>a self-service session rides only on SELF_SERVICE, CHAT or MESSAGING contacts.</li>
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
 * @param endedAt when the contact ended; for an abandoned contact whose wait is not recorded,
 *     {@code queuedAt} (the end is unknown)
 * @param firstReplyAt for written channels, the first agent reply, or {@code null}
 * @param talk time spent talking or writing, or {@code null} if not recorded
 * @param hold total time on hold, or {@code null} if not recorded
 * @param afterContactWork wrap-up time after the contact, or {@code null} if not recorded
 * @param resolved whether the contact resolved the issue, or {@code null} if unknown
 * @param sentiment sentiment score in [−1, 1], or {@code null}
 * @param holds the hold segments, sorted by start
 * @param transfers the transfers, in order
 * @param emotionalCues the emotional cues, in order
 * @param customerRepeatedInformation whether the customer had to repeat information already given
 * @param promises the promises made in this contact
 * @param grants what the agent gave the customer
 * @param feedback the survey answers about this contact, or {@code null}
 * @param notRecorded the facts this record does not carry; always holds {@link InteractionFact#TALK},
 *     {@link InteractionFact#HOLD} and {@link InteractionFact#AFTER_CONTACT_WORK} when those are
 *     {@code null} (they are added if missing)
 * @param selfService the self-service or bot session this contact was, or {@code null} if none (or
 *     not recorded); only on {@link Channel#SELF_SERVICE}, {@link Channel#CHAT} and {@link Channel#MESSAGING}
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
        @Nullable Duration talk,
        @Nullable Duration hold,
        @Nullable Duration afterContactWork,
        @Nullable Boolean resolved,
        @Nullable Double sentiment,
        List<HoldSegment> holds,
        List<Transfer> transfers,
        List<EmotionalCue> emotionalCues,
        boolean customerRepeatedInformation,
        List<Promise> promises,
        List<Grant> grants,
        @Nullable Feedback feedback,
        Set<InteractionFact> notRecorded,
        @Nullable SelfServiceSession selfService) {

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
        if (talk != null) {
            Checks.nonNegative(talk, "talk", owner);
        }
        if (hold != null) {
            Checks.nonNegative(hold, "hold", owner);
        }
        if (afterContactWork != null) {
            Checks.nonNegative(afterContactWork, "afterContactWork", owner);
        }
        if (sentiment != null && !(sentiment >= -1.0 && sentiment <= 1.0)) {
            throw new IllegalArgumentException("The sentiment (" + sentiment + ") of " + owner + " is outside [-1, 1].");
        }
        holds = sortedHolds(Checks.notNull(holds, "holds"));
        transfers = List.copyOf(Checks.notNull(transfers, "transfers"));
        emotionalCues = List.copyOf(Checks.notNull(emotionalCues, "emotionalCues"));
        promises = List.copyOf(Checks.notNull(promises, "promises"));
        grants = List.copyOf(Checks.notNull(grants, "grants"));
        notRecorded = notRecorded(Checks.notNull(notRecorded, "notRecorded"), talk, hold, afterContactWork);
        if (!notRecorded.isEmpty()) {
            checkNotRecorded(notRecorded, talk, hold, afterContactWork, queuedAt, answeredAt, endedAt, holds, transfers,
                    owner);
        }

        if (answeredAt == null && (!holds.isEmpty() || !transfers.isEmpty())) {
            throw new IllegalArgumentException("The " + owner + " was abandoned (no answeredAt) but has "
                    + holds.size() + " hold segment(s) and " + transfers.size() + " transfer(s).\n"
                    + "Maybe answeredAt is missing?");
        }
        if (hold != null) {
            checkHolds(holds, hold, answeredAt == null ? queuedAt : answeredAt, endedAt, owner);
        }
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
        if (selfService != null && !SelfServiceSession.allowedOn(channel)) {
            throw new IllegalArgumentException("The " + owner + " on channel " + channel
                    + " has a self-service session, which only SELF_SERVICE, CHAT and MESSAGING contacts can have.\n"
                    + "Maybe the channel is SELF_SERVICE, or the bot part is a contact of its own?");
        }
    }

    /** The given set plus the facts whose durations are null; {@code Set.of()} in the usual case. */
    private static Set<InteractionFact> notRecorded(Set<InteractionFact> given, @Nullable Duration talk,
            @Nullable Duration hold, @Nullable Duration afterContactWork) {
        if (given.isEmpty() && talk != null && hold != null && afterContactWork != null) {
            return Set.of();
        }
        EnumSet<InteractionFact> facts = EnumSet.noneOf(InteractionFact.class);
        facts.addAll(given);
        addIf(facts, talk == null, InteractionFact.TALK);
        addIf(facts, hold == null, InteractionFact.HOLD);
        addIf(facts, afterContactWork == null, InteractionFact.AFTER_CONTACT_WORK);
        // An immutable copy like the record's lists, not an unmodifiable view: Flink's Kryo rebuilds a view's
        // set by adding to it and fails, so a job over contacts with facts not recorded did not run (issue 22).
        return Set.copyOf(facts);
    }

    private static void addIf(Set<InteractionFact> facts, boolean condition, InteractionFact fact) {
        if (condition) {
            facts.add(fact);
        }
    }

    private static void checkNull(Set<InteractionFact> notRecorded, InteractionFact fact, @Nullable Duration value,
            String field, Object owner) {
        if (value != null && notRecorded.contains(fact)) {
            throw new IllegalArgumentException("The " + field + " (" + value + ") of " + owner
                    + " is given but marked not recorded.");
        }
    }

    private static void checkNotRecorded(Set<InteractionFact> notRecorded, @Nullable Duration talk,
            @Nullable Duration hold, @Nullable Duration afterContactWork, Instant queuedAt, @Nullable Instant answeredAt,
            Instant endedAt, List<HoldSegment> holds, List<Transfer> transfers, Object owner) {
        checkNull(notRecorded, InteractionFact.TALK, talk, "talk", owner);
        checkNull(notRecorded, InteractionFact.HOLD, hold, "hold", owner);
        checkNull(notRecorded, InteractionFact.AFTER_CONTACT_WORK, afterContactWork, "afterContactWork", owner);
        if (notRecorded.contains(InteractionFact.HOLD) && !holds.isEmpty()) {
            throw new IllegalArgumentException("The " + owner + " has " + holds.size()
                    + " hold segment(s) but its hold is marked not recorded.");
        }
        if (notRecorded.contains(InteractionFact.TRANSFERS) && !transfers.isEmpty()) {
            throw new IllegalArgumentException("The " + owner + " has " + transfers.size()
                    + " transfer(s) but its transfers are marked not recorded.");
        }
        if (notRecorded.contains(InteractionFact.ABANDON_WAIT) && answeredAt != null) {
            throw new IllegalArgumentException("The " + owner + " was answered at " + answeredAt
                    + ", so its wait is known, but it is marked as an abandon whose wait is not recorded.");
        }
        if (notRecorded.contains(InteractionFact.ABANDON_WAIT) && !endedAt.equals(queuedAt)) {
            throw new IllegalArgumentException("The endedAt (" + endedAt + ") of " + owner
                    + " is given, but its abandon wait is marked not recorded.\n"
                    + "Maybe leave endedAt unset (it is then queuedAt), or record the wait?");
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
        b.notRecorded.addAll(notRecorded);
        b.resolved = resolved;
        b.sentiment = sentiment;
        b.holds.addAll(holds);
        b.transfers.addAll(transfers);
        b.emotionalCues.addAll(emotionalCues);
        b.customerRepeatedInformation = customerRepeatedInformation;
        b.promises.addAll(promises);
        b.grants.addAll(grants);
        b.feedback = feedback;
        b.selfService = selfService;
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
     * Whether this record carries a fact.
     *
     * @param fact the fact
     * @return {@code false} if the fact is in {@link #notRecorded()}
     */
    public boolean isRecorded(InteractionFact fact) {
        return notRecorded.isEmpty() || !notRecorded.contains(fact);
    }

    /**
     * How long the customer waited in the queue: to the answer, or to hanging up if abandoned.
     *
     * @return {@code (answeredAt or endedAt) - queuedAt}; {@code null} for an abandoned contact whose
     *     wait is not recorded ({@link InteractionFact#ABANDON_WAIT})
     */
    public @Nullable Duration queueWait() {
        if (answeredAt != null) {
            return Duration.between(queuedAt, answeredAt);
        }
        return isRecorded(InteractionFact.ABANDON_WAIT) ? Duration.between(queuedAt, endedAt) : null;
    }

    /**
     * Handle time: talk + hold + after-contact work.
     *
     * @return the handle time, zero for an abandoned contact without recorded work; {@code null} if
     *     any of the three parts is not recorded
     */
    public @Nullable Duration handleTime() {
        if (talk == null || hold == null || afterContactWork == null) {
            return null;
        }
        return talk.plus(hold).plus(afterContactWork);
    }

    /**
     * The escalations in this contact: transfers to a tier above the handling agent's. Needs
     * {@link #agentTier()} and the transfer's {@link Transfer#toTier()}; transfers without them are
     * not counted as escalations. Without recorded transfers ({@link InteractionFact#TRANSFERS}) no
     * escalation can be seen: check {@link #isRecorded(InteractionFact)} before reading "none" as "not escalated".
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
        private @Nullable Duration talk = Duration.ZERO;
        private @Nullable Duration hold;
        private @Nullable Duration afterContactWork = Duration.ZERO;
        private final EnumSet<InteractionFact> notRecorded = EnumSet.noneOf(InteractionFact.class);
        private @Nullable Boolean resolved;
        private @Nullable Double sentiment;
        private final List<HoldSegment> holds = new ArrayList<>();
        private final List<Transfer> transfers = new ArrayList<>();
        private final List<EmotionalCue> emotionalCues = new ArrayList<>();
        private boolean customerRepeatedInformation;
        private final List<Promise> promises = new ArrayList<>();
        private final List<Grant> grants = new ArrayList<>();
        private @Nullable Feedback feedback;
        private @Nullable SelfServiceSession selfService;

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

        /**
         * Sets the talk time; zero unless set.
         *
         * @param value talk time, or {@code null} if not recorded
         * @return this builder
         */
        public Builder talk(@Nullable Duration value) {
            this.talk = value;
            recorded(InteractionFact.TALK, value != null);
            return this;
        }

        /**
         * Sets the total hold for exports that have no hold segments. When segments are added,
         * leave this unset: the total is their sum (zero without segments).
         *
         * @param value total hold, or {@code null} if not recorded (then no segments may be added)
         * @return this builder
         */
        public Builder hold(@Nullable Duration value) {
            this.hold = value;
            recorded(InteractionFact.HOLD, value != null);
            return this;
        }

        /**
         * Sets the after-contact work; zero unless set.
         *
         * @param value after-contact work, or {@code null} if not recorded
         * @return this builder
         */
        public Builder afterContactWork(@Nullable Duration value) {
            this.afterContactWork = value;
            recorded(InteractionFact.AFTER_CONTACT_WORK, value != null);
            return this;
        }

        /**
         * Marks facts the source does not carry. For talk, hold and after-contact work this is the
         * same as setting them to {@code null}; for transfers it says that the (then empty) transfer
         * list means "unknown", not "none"; for the abandon wait, that the contact was abandoned at
         * an unknown time ({@code endedAt} then defaults to {@code queuedAt}, and may not be anything else).
         *
         * @param facts the facts
         * @return this builder
         */
        public Builder notRecorded(InteractionFact... facts) {
            for (InteractionFact fact : facts) {
                notRecorded.add(Checks.notNull(fact, "fact"));
                switch (fact) {
                    case TALK -> talk = null;
                    case HOLD -> hold = null;
                    case AFTER_CONTACT_WORK -> afterContactWork = null;
                    default -> {
                        // Not a duration: kept in the set only.
                    }
                }
            }
            return this;
        }

        private void recorded(InteractionFact fact, boolean recorded) {
            if (recorded) {
                notRecorded.remove(fact);
            } else {
                notRecorded.add(fact);
            }
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
         * Sets the self-service or bot session this contact was.
         *
         * @param value the session, or {@code null} for none
         * @return this builder
         */
        public Builder selfService(@Nullable SelfServiceSession value) {
            this.selfService = value;
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
            if (totalHold == null && !notRecorded.contains(InteractionFact.HOLD)) {
                totalHold = Duration.ZERO;
                for (HoldSegment segment : holds) {
                    totalHold = totalHold.plus(segment.duration());
                }
            }
            Instant end = endedAt;
            if (end == null && notRecorded.contains(InteractionFact.ABANDON_WAIT)) {
                end = queuedAt;
            }
            return new Interaction(id, customerId, customerSegment, agentId, agentTier, team, channel, reason, caseId,
                    Checks.notNull(queuedAt, "queuedAt"), answeredAt, Checks.notNull(end, "endedAt"), firstReplyAt,
                    talk, totalHold, afterContactWork, resolved, sentiment, holds, transfers, emotionalCues,
                    customerRepeatedInformation, promises, grants, feedback,
                    notRecorded.isEmpty() ? Set.of() : notRecorded, selfService);
        }
    }
}
