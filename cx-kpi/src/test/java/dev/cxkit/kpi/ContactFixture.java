package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import org.jspecify.annotations.Nullable;

/** Builds valid interactions in one line for the KPI tests. All times are relative to {@link #T0}. */
final class ContactFixture {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final AtomicLong NEXT = new AtomicLong();

    private ContactFixture() {
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** A phone contact answered by a T1 agent after {@code waitSeconds}; it ends one minute later. */
    static Interaction.Builder phone(long waitSeconds) {
        return Interaction.builder(InteractionId.of("i-" + NEXT.incrementAndGet()), CustomerId.of("c-1"), Channel.PHONE)
                .agent(AgentId.of("a-1"), Tier.T1, TeamId.of("billing"))
                .queuedAt(T0).answeredAt(at(waitSeconds)).endedAt(at(waitSeconds + 60)).talk(Duration.ofSeconds(60));
    }

    /** A phone contact answered after {@code waitSeconds}. */
    static Interaction answered(long waitSeconds) {
        return phone(waitSeconds).build();
    }

    /** A contact abandoned after {@code waitSeconds} in the queue. */
    static Interaction abandoned(long waitSeconds) {
        return Interaction.builder(InteractionId.of("i-" + NEXT.incrementAndGet()), CustomerId.of("c-1"), Channel.PHONE)
                .queuedAt(T0).endedAt(at(waitSeconds)).build();
    }

    /** A contact answered at once with the given talk, total hold (flat, no segments) and wrap-up seconds. */
    static Interaction handled(long talk, long hold, long acw) {
        return phone(0).endedAt(at(talk + hold)).talk(Duration.ofSeconds(talk)).hold(Duration.ofSeconds(hold))
                .afterContactWork(Duration.ofSeconds(acw)).build();
    }

    /** A contact answered at once with hold segments of the given lengths (seconds); {@code explained} per segment. */
    static Interaction withHolds(long[] holdSeconds, boolean[] explained) {
        Interaction.Builder builder = phone(0);
        long cursor = 10;
        for (int i = 0; i < holdSeconds.length; i++) {
            builder.addHold(new HoldSegment(at(cursor), at(cursor + holdSeconds[i]), explained[i], null));
            cursor += holdSeconds[i] + 10;
        }
        return builder.endedAt(at(cursor)).build();
    }

    /** A contact answered at once with transfers to the given tiers (from a T1 agent). */
    static Interaction transferredTo(Tier... tiers) {
        Interaction.Builder builder = phone(0);
        for (int i = 0; i < tiers.length; i++) {
            builder.addTransfer(new Transfer(at(10 + i), AgentId.of("a-" + (9 + i)), tiers[i], true, "tried reset"));
        }
        return builder.build();
    }

    /** A written contact (e-mail) queued at {@link #T0} and first replied to after {@code replySeconds}. */
    static Interaction email(long replySeconds) {
        return Interaction.builder(InteractionId.of("i-" + NEXT.incrementAndGet()), CustomerId.of("c-1"), Channel.EMAIL)
                .queuedAt(T0).answeredAt(at(replySeconds)).firstReplyAt(at(replySeconds))
                .endedAt(at(replySeconds + 60)).build();
    }

    /** An answered contact carrying the given feedback. */
    static Interaction withFeedback(Feedback feedback) {
        return phone(0).feedback(feedback).build();
    }

    /** Feedback received an hour after {@link #T0} with the given answers and normal priority. */
    static Feedback survey(@Nullable CsatScore csat, @Nullable CesScore ces, @Nullable Integer nps) {
        return Feedback.builder(at(3600)).csat(csat).ces(ces).nps(nps).build();
    }

    static Interaction csat(int score, int scaleMax) {
        return withFeedback(survey(CsatScore.of(score, scaleMax), null, null));
    }

    static Interaction ces(int score, int scaleMax) {
        return withFeedback(survey(null, CesScore.of(score, scaleMax), null));
    }

    static Interaction nps(int score) {
        return withFeedback(survey(null, null, score));
    }

    /** An answered contact with a survey that has no answer at all. */
    static Interaction unratedSurvey() {
        return withFeedback(survey(null, null, null));
    }
}
