package dev.cxkit.assist.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Money;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

    private final EscalationPolicy policy = EscalationPolicy.ofDefaults();

    private static EscalationState.Builder t1() {
        return EscalationState.builder(Tier.T1);
    }

    @Test
    void staysWhenNoCriterionIsMet() {
        EscalationOutcome outcome = policy.decide(t1().attempts(2).elapsed(Duration.ofMinutes(15))
                .sentiment(-0.59).valueAtStake(Money.of("50.00", "EUR")).build());

        assertThat(outcome).isInstanceOfSatisfying(Stay.class, stay -> {
            assertThat(stay.criteriaMet()).isEmpty();
            assertThat(stay.criteriaChecked()).containsExactlyElementsOf(EscalationCriteria.BUILT_IN_IDS);
            assertThat(stay.reason()).isEqualTo("No escalation criterion is met at T1.");
        });
    }

    @Test
    void escalatesOneTierAfterThreeAttempts() {
        EscalationOutcome outcome = policy.decide(t1().attempts(3).handoffSummary("reset router").build());

        assertThat(outcome).isInstanceOfSatisfying(EscalateTo.class, up -> {
            assertThat(up.from()).isEqualTo(Tier.T1);
            assertThat(up.target()).isEqualTo(Tier.T2);
            assertThat(up.criteriaMet()).containsExactly("attempts");
            assertThat(up.isReady()).isTrue();
        });
    }

    @Test
    void escalatesLiveContactsAfterFifteenMinutesAtT1Only() {
        Duration sixteen = Duration.ofMinutes(16);

        assertThat(policy.decide(t1().channel(Channel.CHAT).elapsed(sixteen).build()).criteriaMet())
                .containsExactly("elapsed");
        // E-mail is not live, and T2 has no elapsed limit by default.
        assertThat(policy.decide(t1().channel(Channel.EMAIL).elapsed(sixteen).build())).isInstanceOf(Stay.class);
        assertThat(policy.decide(t1().tier(Tier.T2).elapsed(Duration.ofHours(2)).build())).isInstanceOf(Stay.class);
    }

    @Test
    void escalatesOnSentimentAtOrBelowThreshold() {
        assertThat(policy.decide(t1().sentiment(-0.6).build()).criteriaMet()).containsExactly("sentiment");
        assertThat(policy.decide(t1().sentiment(null).build())).isInstanceOf(Stay.class);
    }

    @Test
    void sendsValueAboveAuthorityToTheLowestTierThatCoversIt() {
        // AuthorityLimits.ofDefaults(), REFUND alone: T1 50 EUR, T2 200 EUR, T3 1000 EUR.
        assertThat(policy.decide(t1().valueAtStake(Money.of("50.01", "EUR")).build()))
                .isInstanceOfSatisfying(EscalateTo.class, up -> assertThat(up.target()).isEqualTo(Tier.T2));
        assertThat(policy.decide(t1().valueAtStake(Money.of("200.01", "EUR")).build()))
                .isInstanceOfSatisfying(EscalateTo.class, up -> assertThat(up.target()).isEqualTo(Tier.T3));
        assertThat(policy.decide(t1().tier(Tier.T2).valueAtStake(Money.of("200.00", "EUR")).build()))
                .isInstanceOf(Stay.class);
        assertThat(policy.decide(t1().tier(Tier.T3).valueAtStake(Money.of("1000.00", "EUR")).build()))
                .isInstanceOf(Stay.class);
    }

    @Test
    void lowersEveryThresholdForVipCustomers() {
        EscalationState.Builder vip = t1().segment(Segment.VIP);

        // attempts ⌈3 × 50 %⌉ = 2; elapsed 15 min × 50 % = 7 min 30 s; sentiment −0.6 × 50 % = −0.3;
        // authority 50 EUR × 50 % = 25 EUR.
        assertThat(policy.decide(vip.attempts(2).build()).criteriaMet()).containsExactly("attempts");
        assertThat(policy.decide(vip.attempts(0).elapsed(Duration.ofSeconds(451)).build()).criteriaMet())
                .containsExactly("elapsed");
        assertThat(policy.decide(vip.elapsed(Duration.ofSeconds(450)).sentiment(-0.3).build()).criteriaMet())
                .containsExactly("sentiment");
        assertThat(policy.decide(vip.sentiment(0.0).valueAtStake(Money.of("25.01", "EUR")).build())
                .criteriaMet()).containsExactly("value-above-authority");
        assertThat(policy.decide(vip.valueAtStake(Money.of("25.00", "EUR")).build())).isInstanceOf(Stay.class);
    }

    @Test
    void routesDefectsToT3AndSupervisorRequestsOneUp() {
        assertThat(policy.decide(t1().reason(ContactReason.of("tech.defect.login")).build()))
                .isInstanceOfSatisfying(EscalateTo.class, up -> {
                    assertThat(up.target()).isEqualTo(Tier.T3);
                    assertThat(up.criteriaMet()).containsExactly("reason-route");
                });
        assertThat(policy.decide(t1().reason(ContactReason.of("tech.howto")).build())).isInstanceOf(Stay.class);
        assertThat(policy.decide(t1().flag(EscalationFlag.DEFECT_SUSPECTED).build()))
                .isInstanceOfSatisfying(EscalateTo.class, up -> assertThat(up.target()).isEqualTo(Tier.T3));
        assertThat(policy.decide(t1().flag(EscalationFlag.SUPERVISOR_REQUESTED).build()))
                .isInstanceOfSatisfying(EscalateTo.class, up -> assertThat(up.target()).isEqualTo(Tier.T2));
    }

    @Test
    void goesToTheHighestTierAskedForAndListsEveryCriterionMet() {
        EscalationOutcome outcome = policy.decide(t1().attempts(3).sentiment(-0.9)
                .flag(EscalationFlag.DEFECT_SUSPECTED).build());

        assertThat(outcome).isInstanceOfSatisfying(EscalateTo.class, up -> {
            assertThat(up.target()).isEqualTo(Tier.T3);
            assertThat(up.criteriaMet()).containsExactly("attempts", "sentiment", "defect-suspected");
        });
    }

    @Test
    void neverEscalatesBeyondT3AndSaysWhy() {
        EscalationOutcome outcome = policy.decide(EscalationState.builder(Tier.T3).attempts(5)
                .flag(EscalationFlag.SUPERVISOR_REQUESTED).build());

        assertThat(outcome).isInstanceOfSatisfying(Stay.class, stay -> {
            assertThat(stay.criteriaMet()).containsExactly("attempts", "supervisor-requested");
            assertThat(stay.reason()).isEqualTo("Criteria [attempts, supervisor-requested] are met, but no tier "
                    + "above T3 handles them; resolve at T3.");
        });
    }

    @Test
    void blankHandoffSummaryMakesTheEscalationNotReady() {
        EscalationOutcome outcome = policy.decide(t1().attempts(3).handoffSummary("  ").build());

        assertThat(outcome).isInstanceOfSatisfying(EscalateTo.class, up -> {
            assertThat(up.isReady()).isFalse();
            assertThat(up.checklist().missing()).singleElement().satisfies(item -> {
                assertThat(item.id()).isEqualTo(ChecklistItem.HANDOFF_SUMMARY);
                assertThat(item.prevents()).isEqualTo(MistakeCode.MISSING_HANDOFF_SUMMARY);
            });
            assertThat(up.checklist().items()).extracting(ChecklistItem::id).containsExactly("handoff.summary",
                    "handoff.goal-and-emotion", "transfer.introduce", "transfer.no-repeat",
                    "transfer.callback-if-unavailable");
            assertThat(up.checklist().items()).extracting(ChecklistItem::prevents)
                    .contains(MistakeCode.COLD_TRANSFER, MistakeCode.CUSTOMER_REPEATED_INFO);
        });
    }

    @Test
    void acceptsCriteriaOfTheCallersOwn() {
        EscalationCriterion legal = new EscalationCriterion() {
            @Override
            public String id() {
                return "legal-threat";
            }

            @Override
            public Optional<Tier> requiredTier(EscalationState state) {
                String summary = state.handoffSummary();
                return summary != null && summary.contains("lawyer") ? Optional.of(Tier.T3) : Optional.empty();
            }
        };
        EscalationPolicy custom = EscalationPolicy.of(EscalationCriteria.builder().disable("attempts")
                .criterion(legal).build());

        assertThat(custom.decide(t1().attempts(9).handoffSummary("will call my lawyer").build()))
                .isInstanceOfSatisfying(EscalateTo.class, up -> {
                    assertThat(up.criteriaMet()).containsExactly("legal-threat");
                    assertThat(up.criteriaChecked()).doesNotContain("attempts").endsWith("legal-threat");
                });
    }

    @Test
    void rejectsValueInAnotherCurrencyThanTheAuthority() {
        EscalationState state = t1().valueAtStake(Money.of("10.00", "USD")).build();

        assertThatThrownBy(() -> policy.decide(state)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The value at stake (10.00 USD) is in another currency than the authority limits "
                        + "(EUR).\nMaybe convert it first?");
    }
}
