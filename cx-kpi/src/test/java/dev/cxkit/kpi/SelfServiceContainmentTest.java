package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.SelfServiceSession.Outcome;
import dev.cxkit.core.Tier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Containment, deflection, automation share and the AHT comparison, on hand-made timelines. */
class SelfServiceContainmentTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant END = T0.plus(Duration.ofDays(30));
    private static int seq;

    private static Interaction session(String customer, String reason, Instant at, SelfServiceSession bot) {
        return Interaction.builder(InteractionId.of("s-" + (++seq)), CustomerId.of(customer), Channel.SELF_SERVICE)
                .reason(ContactReason.of(reason)).queuedAt(at).answeredAt(at).endedAt(at.plusSeconds(200))
                .talk(null).selfService(bot).build();
    }

    private static Interaction session(String customer, String reason, Instant at, Outcome outcome) {
        return session(customer, reason, at, new SelfServiceSession(outcome, 5, false, null));
    }

    /** A phone call answered 20 s after queuing with {@code talkSeconds} of talk and no wrap-up. */
    private static Interaction call(String customer, String reason, Instant at, long talkSeconds) {
        return Interaction.builder(InteractionId.of("l-" + (++seq)), CustomerId.of(customer), Channel.PHONE)
                .agent(AgentId.of("a-1"), Tier.T1, null).reason(ContactReason.of(reason))
                .queuedAt(at).answeredAt(at.plusSeconds(20)).endedAt(at.plusSeconds(20 + talkSeconds))
                .talk(Duration.ofSeconds(talkSeconds)).build();
    }

    private static SelfServiceContainment.Summary measure(List<Interaction> contacts) {
        SelfServiceContainment containment = SelfServiceContainment.create();
        contacts.forEach(containment);
        return containment.summary(END);
    }

    @Test
    void aSessionFollowedByACallOfTheSameReasonIsNotContained() {
        SelfServiceContainment.Summary s = measure(List.of(
                session("c-1", "billing.refund", T0, Outcome.ABANDONED),
                call("c-1", "billing.refund", T0.plus(Duration.ofHours(3)), 300)));

        assertThat(s.judged()).isEqualTo(1);
        assertThat(s.contained()).isZero();
        assertThat(s.containment().value()).hasValue(0.0);
        assertThat(s.liveAfterFailedSession()).isEqualTo(1);
    }

    @Test
    void nearMissesStayContained() {
        SelfServiceContainment.Summary s = measure(List.of(
                // A call of another reason does not undo the session.
                session("c-1", "billing.refund", T0, Outcome.RESOLVED),
                call("c-1", "orders.where", T0.plus(Duration.ofHours(1)), 200),
                // A call one day after the 7-day window does not either.
                session("c-2", "billing.refund", T0, Outcome.ABANDONED),
                call("c-2", "billing.refund", T0.plus(Duration.ofDays(8)), 400),
                // Another customer's call of the same reason neither.
                session("c-3", "billing.refund", T0, Outcome.LOOPED),
                call("c-4", "billing.refund", T0.plus(Duration.ofHours(1)), 250)));

        assertThat(s.judged()).isEqualTo(3);
        assertThat(s.contained()).isEqualTo(3);
        assertThat(s.containment().value()).hasValue(1.0);
        // Deflection: 3 contained of 3 sessions + 3 live contacts.
        assertThat(s.deflection().value()).hasValue(0.5);
        assertThat(s.liveStraightToPerson()).isEqualTo(3);
    }

    @Test
    void aHandOverWithTheTranscriptIsNotContainedButNoLaterCallIsCountedForIt() {
        SelfServiceContainment.Summary s = measure(List.of(
                session("c-1", "tech.login", T0, new SelfServiceSession(Outcome.HANDED_OVER, 4, true, true))));

        assertThat(s.judged()).isEqualTo(1);
        assertThat(s.contained()).isZero();
        assertThat(s.liveContacts()).isZero();
    }

    @Test
    void exactlyTheWindowLaterStillCountsAndTheSameInstantDoesNot() {
        SelfServiceContainment.Summary s = measure(List.of(
                session("c-1", "billing.refund", T0, Outcome.ABANDONED),
                call("c-1", "billing.refund", T0.plus(Duration.ofDays(7)), 100),
                session("c-2", "billing.refund", T0, Outcome.ABANDONED),
                call("c-2", "billing.refund", T0, 100)));

        assertThat(s.contained()).isEqualTo(1);
    }

    @Test
    void sessionsTooCloseToTheEndAreNotJudgedNeverContained() {
        SelfServiceContainment.Summary s = measure(List.of(
                session("c-1", "billing.refund", END.minus(Duration.ofDays(2)), Outcome.RESOLVED),
                session("c-2", "billing.refund", T0, Outcome.RESOLVED)));

        assertThat(s.sessions()).isEqualTo(2);
        assertThat(s.judged()).isEqualTo(1);
        assertThat(s.notJudged()).isEqualTo(1);
        assertThat(s.contained()).isEqualTo(1);
        assertThat(s.containment().count()).isEqualTo(1);
    }

    @Test
    void withoutAnEndTheLatestContactEndsTheData() {
        SelfServiceContainment containment = SelfServiceContainment.create();
        containment.accept(session("c-1", "billing.refund", T0, Outcome.RESOLVED));
        containment.accept(call("c-9", "orders.where", T0.plus(Duration.ofDays(3)), 100));

        assertThat(containment.summary().notJudged()).isEqualTo(1);
        assertThat(containment.result().isEmpty()).isTrue();
    }

    @Test
    void automationSharePerReasonAndTheHandleTimeComparison() {
        SelfServiceContainment.Summary s = measure(List.of(
                session("c-1", "billing.refund", T0, Outcome.LOOPED),
                call("c-1", "billing.refund", T0.plus(Duration.ofHours(2)), 600),
                session("c-2", "billing.refund", T0, Outcome.RESOLVED),
                session("c-3", "billing.refund", T0, Outcome.RESOLVED),
                call("c-5", "billing.refund", T0.plus(Duration.ofHours(2)), 200),
                call("c-6", "orders.where", T0.plus(Duration.ofHours(2)), 300)));

        assertThat(s.byReason()).extracting(r -> r.reason().key()).containsExactly("billing.refund", "orders.where");
        SelfServiceContainment.ReasonRow refunds = s.byReason().get(0);
        // 3 sessions and 2 live contacts of billing.refund: 60 % automated, 2 of 3 sessions contained.
        assertThat(refunds.automationShare().value().getAsDouble()).isEqualTo(0.6);
        assertThat(refunds.containment().value().getAsDouble()).isEqualTo(2.0 / 3);
        assertThat(s.byReason().get(1).automationShare().value()).hasValue(0.0);
        // 600 s after the looped session against 200 s and 300 s straight to a person.
        assertThat(s.ahtAfterFailedSession().value()).hasValue(600.0);
        assertThat(s.ahtStraightToPerson().value()).hasValue(250.0);
    }

    @Test
    void withoutSessionsEverythingIsEmpty() {
        SelfServiceContainment.Summary s = measure(List.of(call("c-1", "billing.refund", T0, 100)));

        assertThat(s.hasSessions()).isFalse();
        assertThat(s.containment().isEmpty()).isTrue();
        assertThat(s.ahtAfterFailedSession().isEmpty()).isTrue();
    }

    @Test
    void refusesAnEmptyWindowAndMixedWindows() {
        assertThatThrownBy(() -> SelfServiceContainment.create(Duration.ZERO))
                .hasMessageContaining("The containment window (PT0S) must be positive.");
        assertThatThrownBy(() -> SelfServiceContainment.create().combine(SelfServiceContainment.create(Duration.ofDays(3))))
                .hasMessageContaining("Cannot combine containment with window PT168H and PT72H.");
    }

    @Provide
    Arbitrary<List<Interaction>> contacts() {
        Arbitrary<Interaction> one = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 30 * 24),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(30, 900))
                .as((customer, reason, hour, kind, talk) -> {
                    String c = "c-" + customer;
                    String r = reason == 0 ? "billing.refund" : "orders.where";
                    Instant at = T0.plus(Duration.ofHours(hour));
                    return kind < 4 ? session(c, r, at, new SelfServiceSession(Outcome.values()[kind], 3, false, null))
                            : call(c, r, at, talk);
                });
        return one.list().ofMaxSize(40);
    }

    @Property(tries = 200)
    void combiningShardsEqualsOnePass(@ForAll("contacts") List<Interaction> contacts,
            @ForAll @IntRange(min = 2, max = 4) int shards, @ForAll Random random) {
        SelfServiceContainment one = SelfServiceContainment.create();
        contacts.forEach(one);
        List<Interaction> shuffled = new ArrayList<>(contacts);
        Collections.shuffle(shuffled, random);
        List<SelfServiceContainment> parts = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            parts.add(SelfServiceContainment.create());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            parts.get(random.nextInt(shards)).accept(shuffled.get(i));
        }
        SelfServiceContainment combined = parts.get(0);
        for (int i = 1; i < shards; i++) {
            combined.combine(parts.get(i));
        }

        assertThat(combined.summary()).isEqualTo(one.summary());
        assertThat(combined.summary(END)).isEqualTo(one.summary(END));
        assertThat(combined.result()).isEqualTo(one.result());
    }
}
