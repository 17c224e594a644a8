package dev.cxkit.assist.escalation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.Money;
import dev.cxkit.core.Tier;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationValidationTest {

    @Test
    void rejectsNegativeAttempts() {
        assertThatThrownBy(() -> EscalationState.builder(Tier.T1).attempts(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The attempts (-1) of an escalation state must not be negative.");
    }

    @Test
    void rejectsNegativeElapsedTime() {
        assertThatThrownBy(() -> EscalationState.builder(Tier.T1).elapsed(Duration.ofSeconds(-5)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The elapsed time (PT-5S) of an escalation state is negative.\n"
                        + "Maybe start and end were swapped?");
    }

    @Test
    void rejectsSentimentOutsideMinusOneToOne() {
        assertThatThrownBy(() -> EscalationState.builder(Tier.T1).sentiment(-60.0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The sentiment (-60.0) of an escalation state is outside [-1, 1].\n"
                        + "Maybe it is on a 0–100 scale?");
        assertThatThrownBy(() -> EscalationState.builder(Tier.T1).sentiment(Double.NaN).build())
                .hasMessageStartingWith("The sentiment (NaN)");
    }

    @Test
    void rejectsNegativeValueAtStake() {
        assertThatThrownBy(() -> EscalationState.builder(Tier.T1).valueAtStake(Money.of("-1.00", "EUR")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The value at stake (-1.00 EUR) of an escalation state must not be negative.");
    }

    @Test
    void rejectsAuthorityThatFallsAsTheTierRises() {
        assertThatThrownBy(() -> EscalationCriteria.builder().authority(Tier.T2, Money.of("40.00", "EUR")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The authority of T2 (40.00 EUR) is below that of T1 (50.00 EUR); higher tiers must "
                        + "be allowed at least as much.");
    }

    @Test
    void rejectsAuthorityInMixedCurrencies() {
        assertThatThrownBy(() -> EscalationCriteria.builder().authority(Tier.T3, Money.of("5000", "USD")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The authority of T3 (5000.00 USD) is in another currency than the other tiers' (EUR)."
                        + "\nMaybe convert it first?");
    }

    @Test
    void rejectsUnknownBuiltInAndDuplicateIds() {
        assertThatThrownBy(() -> EscalationCriteria.builder().disable("attempt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot disable the criterion (attempt): it is not built in. Built-in ids: attempts, "
                        + "elapsed, sentiment, value-above-authority, reason-route, defect-suspected, "
                        + "supervisor-requested.");
        EscalationCriterion clash = new EscalationCriterion() {
            @Override
            public String id() {
                return "sentiment";
            }

            @Override
            public Optional<Tier> requiredTier(EscalationState state) {
                return Optional.empty();
            }
        };
        assertThatThrownBy(() -> EscalationCriteria.builder().criterion(clash).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two escalation criteria have the id (sentiment).\n"
                        + "Maybe disable the built-in one first, or rename yours?");
    }

    @Test
    void rejectsThresholdsOutOfRange() {
        assertThatThrownBy(() -> EscalationCriteria.builder().attemptsThreshold(0))
                .hasMessage("The attempts threshold (0) must be at least 1.");
        assertThatThrownBy(() -> EscalationCriteria.builder().sentimentThreshold(0.2))
                .hasMessage("The sentiment threshold (0.2) must be in [-1, 0): only negative sentiment escalates.");
        assertThatThrownBy(() -> EscalationCriteria.builder().priorityScalePercent(0))
                .hasMessage("The scale percent (0) of the priority segments is outside 1–100.");
        assertThatThrownBy(() -> EscalationCriteria.builder().elapsedLimit(Tier.T1, Duration.ZERO))
                .hasMessage("The elapsed limit (PT0S) of T1 must be positive.\nMaybe pass null for no limit?");
    }

    @Test
    void rejectsChecklistItemsThatShadowTheSummary() {
        assertThatThrownBy(() -> EscalationCriteria.builder()
                .checklist(java.util.List.of(ChecklistItem.toDo("handoff.summary", "x", null))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The checklist item id (handoff.summary) is used twice.\n"
                        + "Note: handoff.summary is always added by the policy.");
    }

    @Test
    void theRecordValidatesWithoutTheBuilderAndEqualsByValue() {
        EscalationCriteria defaults = EscalationCriteria.ofDefaults();
        assertThatThrownBy(() -> new EscalationCriteria(0, defaults.elapsedLimits(), defaults.sentimentThreshold(),
                defaults.authority(), defaults.reasonRoutes(), defaults.prioritySegments(),
                defaults.priorityScalePercent(), defaults.disabledBuiltIns(), defaults.customCriteria(),
                defaults.checklist()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The attempts threshold (0) must be at least 1.");
        org.assertj.core.api.Assertions.assertThat(EscalationCriteria.builder().build()).isEqualTo(defaults)
                .hasSameHashCodeAs(defaults);
        org.assertj.core.api.Assertions.assertThat(defaults.toBuilder().attemptsThreshold(4).build()).isNotEqualTo(defaults);
    }
}
