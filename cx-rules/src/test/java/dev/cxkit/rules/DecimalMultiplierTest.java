package dev.cxkit.rules;

import static dev.cxkit.rules.Fixtures.eur;
import static dev.cxkit.rules.Fixtures.refund;
import static dev.cxkit.rules.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.cxkit.core.Action;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a segment modifier could only scale by whole numbers ({@code scaleLimits(long)}). Factors
 * are decimals now, in DRL and in the matrix's optional {@code multiplier} column. Reference values
 * are worked by hand from the matrices below.
 */
class DecimalMultiplierTest {

    private static final String HEADER =
            "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period,multiplier\n";
    private static final String ROWS = HEADER
            + "refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,,,\n"
            + "odd-t2,REFUND,T2,*,33.33,100.00,MANAGER,EUR,,,\n"
            + "discount-t1,DISCOUNT,T1,*,10%,20%,TEAM_LEAD,,,,\n";

    private static Policy policy(String csv) {
        return Policy.compile(List.of(PolicySource.authorityMatrix("m.csv", csv)));
    }

    @Test
    void aMultiplierRowScalesTheLimitsOfTheRowThatDecidesForItsSegment() {
        // VIP T1 refunds: 50.00 × 1.5 = 75.00 alone, 200.00 × 1.5 = 300.00 with approval.
        Policy policy = policy(ROWS + "vip-1.5x,REFUND,T1,VIP,,,,EUR,,,1.5\n");
        DecisionRequest vip75 = request(Tier.T1, Action.REFUND, eur("75.00")).customer(
                dev.cxkit.core.CustomerId.of("c-1"), Segment.VIP).build();

        assertThat(policy.decide(vip75)).isInstanceOfSatisfying(Allowed.class,
                a -> assertThat(a.firedRules()).containsExactly("refund-t1", "vip-1.5x"));
        assertThat(policy.decide(vip75.toBuilder().action(Action.REFUND, eur("75.01")).build()))
                .isInstanceOfSatisfying(NeedsApproval.class, n -> assertThat(n.reason())
                        .contains("75.00 EUR (1.5× the row's limit)", "may approve up to 300.00 EUR"));
        // Other segments keep the row's own limits.
        assertThat(policy.decide(refund(Tier.T1, "75.00"))).isInstanceOf(NeedsApproval.class);
    }

    @Test
    void scaledMoneyIsRoundedDownToCentsAndPercentStopsAtAHundred() {
        // 33.33 × 1.5 = 49.995 → 49.99; 10% × 2.5 = 25%, 20% × 2.5 = 50%; ×12 would be 240%, capped at 100%.
        Policy policy = policy(ROWS + "t2-1.5x,REFUND,T2,*,,,,EUR,,,1.5\n" + "disc-2.5x,DISCOUNT,T1,*,,,,,,,2.5\n");

        assertThat(policy.decide(refund(Tier.T2, "49.99"))).isInstanceOf(Allowed.class);
        assertThat(policy.decide(refund(Tier.T2, "50.00"))).isInstanceOf(NeedsApproval.class);
        assertThat(policy.decide(request(Tier.T1, Action.DISCOUNT, Percent.of(25)).build())).isInstanceOf(Allowed.class);
        assertThat(policy.decide(request(Tier.T1, Action.DISCOUNT, Percent.of(50)).build()))
                .isInstanceOf(NeedsApproval.class);
        assertThat(policy.decide(request(Tier.T1, Action.DISCOUNT, Percent.of(51)).build())).isInstanceOf(Denied.class);
    }

    @Test
    void drlScalesByADecimalAndFactorsMultiply() {
        String drl = """
                package policies.scale;
                import dev.cxkit.rules.spi.Ruling;
                rule "half-again"
                when
                    $r : Ruling(request.hasFlag("loyal"))
                then
                    $r.scaleLimits(1.5);
                end
                rule "double"
                when
                    $r : Ruling(request.hasFlag("loyal"))
                then
                    $r.scaleLimits(2);
                end
                """;
        Policy policy = Policy.builder().source(PolicySource.authorityMatrix("m.csv", ROWS))
                .source(PolicySource.drl("scale.drl", drl)).build();

        // 50.00 × 1.5 × 2 = 150.00.
        DecisionRequest loyal = request(Tier.T1, Action.REFUND, eur("150.00")).flag("loyal", true).build();
        assertThat(policy.decide(loyal)).isInstanceOfSatisfying(Allowed.class,
                a -> assertThat(a.firedRules()).containsExactlyInAnyOrder("refund-t1", "half-again", "double"));
        assertThat(policy.decide(loyal.toBuilder().action(Action.REFUND, eur("150.01")).build()))
                .isInstanceOf(NeedsApproval.class);
    }

    @Test
    void aMultiplierRowHasNoLimitsOfItsOwnAndAValidFactor() {
        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class, () -> policy(ROWS
                + "with-limits,REFUND,T1,VIP,60.00,,,EUR,,,1.5\n"
                + "zero,REFUND,T1,GOLD,,,,EUR,,,0\n"
                + "words,REFUND,T1,SILVER,,,,EUR,,,twice\n"
                + "fine,REFUND,T1,BRONZE,,,,EUR,,,1.25\n"
                + "again,REFUND,T1,BRONZE,,,,EUR,,,2\n"));

        // Columns: allow_up_to is 5, multiplier 11, rule_id 1.
        assertThat(e.problems()).extracting(PolicyProblem::line, PolicyProblem::column).containsExactly(
                tuple(5, 5), tuple(6, 11), tuple(7, 11), tuple(9, 1));
        assertThat(e.problems().get(0).message()).startsWith("The allow_up_to (60.00) must be empty in a row with a "
                + "multiplier");
        assertThat(e.problems().get(1).message()).contains("must be above 0");
        assertThat(e.problems().get(3).message()).contains("overlaps the multiplier row fine (line 8)");
    }

    @Test
    void aRuleFactorMustBePositive() {
        String drl = """
                package policies.zero;
                import dev.cxkit.rules.spi.Ruling;
                rule "zero-factor"
                when
                    $r : Ruling()
                then
                    $r.scaleLimits(0);
                end
                """;
        Policy policy = Policy.builder().source(PolicySource.authorityMatrix("m.csv", ROWS))
                .source(PolicySource.drl("zero.drl", drl)).build();

        assertThatThrownBy(() -> policy.decide(refund(Tier.T1, "10.00"))).isInstanceOf(PolicyEvaluationException.class)
                .hasMessageContaining("The factor (0) of rule zero-factor must be above 0 and at most 1000");
    }
}
