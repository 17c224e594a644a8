package dev.cxkit.assist.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Money;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import java.math.BigDecimal;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the default policy over generated contacts. */
class EscalationProperties {

    private final EscalationPolicy policy = EscalationPolicy.ofDefaults();

    @Property
    void escalationAlwaysGoesAboveTheCurrentTier(@ForAll("states") EscalationState state) {
        if (policy.decide(state) instanceof EscalateTo up) {
            assertThat(up.target().isAbove(state.tier())).isTrue();
            assertThat(up.criteriaMet()).isNotEmpty().isSubsetOf(up.criteriaChecked());
        }
    }

    @Property
    void t3AlwaysStays(@ForAll("states") EscalationState state) {
        assertThat(policy.decide(state.toBuilder().tier(Tier.T3).build())).isInstanceOf(Stay.class);
    }

    @Property
    void blankSummaryIsNeverReady(@ForAll("states") EscalationState state,
            @ForAll("blanks") String blank) {
        if (policy.decide(state.toBuilder().handoffSummary(blank).build()) instanceof EscalateTo up) {
            assertThat(up.isReady()).isFalse();
        }
    }

    @Property
    void vipNeverEscalatesLessThanStandard(@ForAll("states") EscalationState state) {
        EscalationOutcome standard = policy.decide(state.toBuilder().segment(Segment.STANDARD).build());
        EscalationOutcome vip = policy.decide(state.toBuilder().segment(Segment.VIP).build());
        if (standard instanceof EscalateTo up) {
            assertThat(vip).isInstanceOfSatisfying(EscalateTo.class,
                    vipUp -> assertThat(vipUp.target()).isGreaterThanOrEqualTo(up.target()));
        }
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.of("", " ", "\t", " \n ");
    }

    @Provide
    Arbitrary<EscalationState> states() {
        Arbitrary<Tier> tiers = Arbitraries.of(Tier.class);
        Arbitrary<Channel> channels = Arbitraries.of(Channel.class);
        Arbitrary<Integer> attempts = Arbitraries.integers().between(0, 6);
        Arbitrary<Duration> elapsed = Arbitraries.longs().between(0, 3600).map(Duration::ofSeconds);
        Arbitrary<Double> sentiment = Arbitraries.integers().between(-100, 100).map(i -> i / 100.0)
                .injectNull(0.2);
        Arbitrary<Money> value = Arbitraries.longs().between(0, 200_000)
                .map(cents -> Money.of(BigDecimal.valueOf(cents, 2), Money.currency("EUR"))).injectNull(0.3);
        Arbitrary<ContactReason> reason = Arbitraries.of("billing.refund", "tech.defect.app", "tech.howto")
                .map(ContactReason::of).injectNull(0.3);
        Arbitrary<Segment> segment = Arbitraries.of(Segment.STANDARD, Segment.VIP);
        Arbitrary<EscalationState.Builder> base = Combinators.combine(tiers, channels, attempts, elapsed, sentiment,
                value, reason, segment).as((t, c, a, e, s, v, r, g) -> EscalationState.builder(t).channel(c)
                        .attempts(a).elapsed(e).sentiment(s).valueAtStake(v).reason(r).segment(g));
        return Combinators.combine(base, Arbitraries.of(EscalationFlag.class).set().ofMaxSize(2),
                Arbitraries.of("", "reset password, cleared cache").injectNull(0.2))
                .as((b, flags, summary) -> {
                    flags.forEach(b::flag);
                    return b.handoffSummary(summary).build();
                });
    }
}
