package dev.cxkit.test;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CsatScale;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.Segment;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Valid {@link Interaction}s in one line, described by what a test cares about (waits, talk, holds,
 * ratings) rather than by instants:
 *
 * <pre>{@code
 * Interaction a = TestInteractions.answeredCall(Duration.ofSeconds(40), Duration.ofMinutes(6));
 * Interaction b = TestInteractions.abandonedCall(Duration.ofSeconds(90));
 * Interaction c = TestInteractions.phoneCall()
 *         .answeredAfter(Duration.ofSeconds(40))
 *         .talk(Duration.ofMinutes(6))
 *         .holdOf(Duration.ofMinutes(2), Duration.ofSeconds(30))   // held 2 min after saying "30 s"
 *         .csat(4, CsatScale.ONE_TO_FIVE)
 *         .build();
 * }</pre>
 *
 * <h2>Timeline</h2>
 * Every interaction is queued at {@link #EPOCH} unless {@link Builder#queuedAt} says otherwise, so
 * instants are the same in every run. It is answered {@code wait} later (or, if only a first reply
 * is given, at the first reply). Holds lie back to back after the first half of the talk time, and
 * the contact ends after all talk and hold time; after-contact work follows the end. A rating
 * arrives when the contact ends. Without {@link Builder#answeredAfter} or
 * {@link Builder#firstReplyAfter} the contact is abandoned after its wait.
 *
 * <h2>Ids</h2>
 * Each builder takes the next number of a counter shared by the JVM: interaction {@code i-test-<n>}
 * and customer {@code c-test-<n>}, so interactions never share an id and never count as repeat
 * contacts by accident. Set the customer explicitly to make repeat contacts. The numbers depend on
 * the order tests run in; assert on ids you set, not on generated ones.
 *
 * <p>Thread-safe; the builders it returns are not.
 */
public final class TestInteractions {

    /** The fixed instant every fixture starts from: Monday 5 January 2026, 09:00 UTC. */
    public static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private TestInteractions() {
    }

    /**
     * Starts a phone call; abandoned unless answered.
     *
     * @return a builder with a fresh interaction and customer id
     */
    public static Builder phoneCall() {
        return on(Channel.PHONE);
    }

    /**
     * Starts a chat; abandoned unless answered or replied to.
     *
     * @return a builder with a fresh interaction and customer id
     */
    public static Builder chat() {
        return on(Channel.CHAT);
    }

    /**
     * Starts an email; unanswered unless replied to.
     *
     * @return a builder with a fresh interaction and customer id
     */
    public static Builder email() {
        return on(Channel.EMAIL);
    }

    /**
     * Starts an interaction on any channel.
     *
     * @param channel the channel
     * @return a builder with a fresh interaction and customer id
     */
    public static Builder on(Channel channel) {
        long n = SEQUENCE.incrementAndGet();
        return new Builder(InteractionId.of("i-test-" + n), CustomerId.of("c-test-" + n),
                Objects.requireNonNull(channel, "channel"));
    }

    /**
     * A phone call answered after {@code wait}, with {@code talk} of conversation and nothing else.
     *
     * @param wait the time in queue, not negative
     * @param talk the talk time, not negative
     * @return the interaction
     * @throws IllegalArgumentException if a duration is negative
     */
    public static Interaction answeredCall(Duration wait, Duration talk) {
        return phoneCall().answeredAfter(wait).talk(talk).build();
    }

    /**
     * A phone call the customer gave up on after {@code wait} in queue.
     *
     * @param wait the time in queue before hanging up, not negative
     * @return the interaction
     * @throws IllegalArgumentException if {@code wait} is negative
     */
    public static Interaction abandonedCall(Duration wait) {
        return phoneCall().abandonedAfter(wait).build();
    }

    /**
     * A chat first replied to (and so answered) after {@code firstReply}, with five minutes of conversation.
     *
     * @param firstReply the time to the first agent reply, not negative
     * @return the interaction
     * @throws IllegalArgumentException if {@code firstReply} is negative
     */
    public static Interaction chat(Duration firstReply) {
        return chat().firstReplyAfter(firstReply).talk(Duration.ofMinutes(5)).build();
    }

    /**
     * A phone call answered after 30 s with 5 min of talk, rated by the customer.
     *
     * @param score the CSAT answer, 1–max of the scale
     * @param scale the scale it was asked on
     * @return the interaction
     * @throws IllegalArgumentException if {@code score} is not on the scale
     */
    public static Interaction withCsat(int score, CsatScale scale) {
        return phoneCall().answeredAfter(Duration.ofSeconds(30)).talk(Duration.ofMinutes(5)).csat(score, scale).build();
    }

    /**
     * Builds one valid interaction from durations. Not thread-safe. Every setter checks its argument
     * at once; {@link #build()} lays out the timeline (see {@link TestInteractions}).
     */
    public static final class Builder {

        private final Channel channel;
        private InteractionId id;
        private CustomerId customerId;
        private @Nullable Segment segment;
        private @Nullable AgentId agentId;
        private @Nullable Tier tier;
        private @Nullable TeamId team;
        private @Nullable ContactReason reason;
        private Instant queuedAt = EPOCH;
        private @Nullable Duration wait;
        private boolean answered;
        private @Nullable Duration firstReply;
        private Duration talk = Duration.ZERO;
        private final List<Duration> holdLengths = new ArrayList<>();
        private final List<@Nullable Duration> statedWaits = new ArrayList<>();
        private Duration afterContactWork = Duration.ZERO;
        private @Nullable Boolean resolved;
        private @Nullable Double sentiment;
        private @Nullable CsatScore csat;

        private Builder(InteractionId id, CustomerId customerId, Channel channel) {
            this.id = id;
            this.customerId = customerId;
            this.channel = channel;
        }

        /**
         * Sets the interaction id instead of the generated one.
         *
         * @param id for example {@code "i-1"}
         * @return this builder
         */
        public Builder id(String id) {
            this.id = InteractionId.of(id);
            return this;
        }

        /**
         * Sets the customer instead of the generated one, for example to make repeat contacts.
         *
         * @param customerId for example {@code "c-1"}
         * @return this builder
         */
        public Builder customer(String customerId) {
            this.customerId = CustomerId.of(customerId);
            return this;
        }

        /**
         * Sets the customer's segment.
         *
         * @param segment for example {@link Segment#VIP}
         * @return this builder
         */
        public Builder segment(Segment segment) {
            this.segment = Objects.requireNonNull(segment, "segment");
            return this;
        }

        /**
         * Sets the agent who handled the contact.
         *
         * @param agentId for example {@code "a-1"}
         * @param tier the agent's tier
         * @return this builder
         */
        public Builder agent(String agentId, Tier tier) {
            this.agentId = AgentId.of(agentId);
            this.tier = Objects.requireNonNull(tier, "tier");
            this.team = null;
            return this;
        }

        /**
         * Sets the agent and their team.
         *
         * @param agentId for example {@code "a-1"}
         * @param tier the agent's tier
         * @param team for example {@code "billing"}
         * @return this builder
         */
        public Builder agent(String agentId, Tier tier, String team) {
            this.agentId = AgentId.of(agentId);
            this.tier = Objects.requireNonNull(tier, "tier");
            this.team = TeamId.of(team);
            return this;
        }

        /**
         * Sets the contact reason.
         *
         * @param reason for example {@code "billing.refund"}
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = ContactReason.of(reason);
            return this;
        }

        /**
         * Sets when the contact entered the queue; default {@link TestInteractions#EPOCH}.
         *
         * @param at the instant
         * @return this builder
         */
        public Builder queuedAt(Instant at) {
            this.queuedAt = Objects.requireNonNull(at, "queuedAt");
            return this;
        }

        /**
         * Answers the contact after a wait in queue.
         *
         * @param wait the time in queue, not negative
         * @return this builder
         * @throws IllegalArgumentException if {@code wait} is negative
         */
        public Builder answeredAfter(Duration wait) {
            this.wait = nonNegative(wait, "wait");
            this.answered = true;
            return this;
        }

        /**
         * Abandons the contact after a wait in queue: no answer, no talk, no holds.
         *
         * @param wait the time in queue before the customer left, not negative
         * @return this builder
         * @throws IllegalArgumentException if {@code wait} is negative
         */
        public Builder abandonedAfter(Duration wait) {
            this.wait = nonNegative(wait, "wait");
            this.answered = false;
            return this;
        }

        /**
         * Sets the time to the first agent reply (chat, email, messaging). If the contact is not
         * otherwise answered, it counts as answered at the first reply.
         *
         * @param firstReply the time from queueing to the first reply, not negative
         * @return this builder
         * @throws IllegalArgumentException if {@code firstReply} is negative
         */
        public Builder firstReplyAfter(Duration firstReply) {
            this.firstReply = nonNegative(firstReply, "firstReply");
            return this;
        }

        /**
         * Sets the talk time, not counting holds.
         *
         * @param talk the talk time, not negative
         * @return this builder
         * @throws IllegalArgumentException if {@code talk} is negative
         */
        public Builder talk(Duration talk) {
            this.talk = nonNegative(talk, "talk");
            return this;
        }

        /**
         * Adds a hold, explained to the customer, after the holds added before.
         *
         * @param length how long the customer was held, not negative
         * @param statedWait the wait the agent announced, or {@code null} if none was stated
         * @return this builder
         * @throws IllegalArgumentException if a duration is negative
         */
        public Builder holdOf(Duration length, @Nullable Duration statedWait) {
            holdLengths.add(nonNegative(length, "hold length"));
            statedWaits.add(statedWait == null ? null : nonNegative(statedWait, "statedWait"));
            return this;
        }

        /**
         * Adds a hold with no stated wait.
         *
         * @param length how long the customer was held, not negative
         * @return this builder
         * @throws IllegalArgumentException if {@code length} is negative
         */
        public Builder holdOf(Duration length) {
            return holdOf(length, null);
        }

        /**
         * Sets the after-contact work.
         *
         * @param work the wrap-up time after the contact ended, not negative
         * @return this builder
         * @throws IllegalArgumentException if {@code work} is negative
         */
        public Builder afterContactWork(Duration work) {
            this.afterContactWork = nonNegative(work, "afterContactWork");
            return this;
        }

        /**
         * Sets whether the agent marked the issue resolved.
         *
         * @param resolved the resolution flag
         * @return this builder
         */
        public Builder resolved(boolean resolved) {
            this.resolved = resolved;
            return this;
        }

        /**
         * Sets the sentiment score.
         *
         * @param sentiment −1 (negative) to 1 (positive)
         * @return this builder; {@link #build()} rejects values outside [−1, 1]
         */
        public Builder sentiment(double sentiment) {
            this.sentiment = sentiment;
            return this;
        }

        /**
         * Adds a CSAT answer, received when the contact ends, with priority NORMAL.
         *
         * @param score the answer, 1–max of the scale
         * @param scale the scale it was asked on
         * @return this builder
         * @throws IllegalArgumentException if {@code score} is not on the scale
         */
        public Builder csat(int score, CsatScale scale) {
            this.csat = new CsatScore(score, Objects.requireNonNull(scale, "scale"));
            return this;
        }

        /**
         * Builds the interaction, laying out the timeline described in {@link TestInteractions}.
         *
         * @return a valid interaction
         * @throws IllegalArgumentException if the contact is abandoned but has talk or holds
         */
        public Interaction build() {
            Interaction.Builder interaction = Interaction.builder(id, customerId, channel)
                    .customerSegment(segment)
                    .agent(agentId, tier, team)
                    .reason(reason)
                    .afterContactWork(afterContactWork)
                    .resolved(resolved)
                    .sentiment(sentiment);
            Duration queueWait = wait != null ? wait : Duration.ZERO;
            Instant answeredAt = null;
            if (answered) {
                answeredAt = queuedAt.plus(queueWait);
            } else if (firstReply != null && wait == null) {
                answeredAt = queuedAt.plus(firstReply);
            }
            if (answeredAt == null && (!talk.isZero() || !holdLengths.isEmpty())) {
                throw new IllegalArgumentException("The interaction " + id + " is abandoned (never answered) "
                        + "but has talk (" + talk + ") or holds (" + holdLengths.size() + ").\n"
                        + "Maybe call answeredAfter(wait) or firstReplyAfter(duration)?");
            }
            Instant endedAt;
            if (answeredAt == null) {
                endedAt = queuedAt.plus(queueWait);
            } else {
                Instant holdAt = answeredAt.plus(talk.dividedBy(2));
                Duration totalHold = Duration.ZERO;
                for (int i = 0; i < holdLengths.size(); i++) {
                    Instant end = holdAt.plus(holdLengths.get(i));
                    interaction.addHold(new HoldSegment(holdAt, end, true, statedWaits.get(i)));
                    totalHold = totalHold.plus(holdLengths.get(i));
                    holdAt = end;
                }
                endedAt = answeredAt.plus(talk).plus(totalHold);
            }
            if (firstReply != null) {
                Instant replyAt = queuedAt.plus(firstReply);
                if (replyAt.isAfter(endedAt)) {
                    endedAt = replyAt;
                }
                interaction.firstReplyAt(replyAt);
            }
            interaction.queuedAt(queuedAt).answeredAt(answeredAt).endedAt(endedAt).talk(talk);
            if (csat != null) {
                interaction.feedback(Feedback.builder(endedAt).csat(csat).build());
            }
            return interaction.build();
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException("The " + name + " (" + value + ") is negative.");
            }
            return value;
        }
    }
}
