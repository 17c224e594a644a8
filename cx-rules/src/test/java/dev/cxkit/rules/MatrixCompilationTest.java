package dev.cxkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.cxkit.core.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad authority matrices fail at compile time with the source, line and field (column) of each
 * problem. Line 1 is the header; the row under test is line 2 unless said otherwise. Columns count
 * fields from 1: rule_id=1, action=2, tier=3, segment=4, allow_up_to=5, approval_up_to=6,
 * approver_role=7, currency=8, period_cap=9, period=10.
 */
class MatrixCompilationTest {

    private static final String HEADER =
            "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n";
    private static final String GOOD = "refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,150.00,P30D\n";

    private static PolicyCompilationException failure(String csv) {
        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class,
                () -> Policy.compile(List.of(PolicySource.authorityMatrix("bad.csv", csv))));
        assertThat(e).as("compiling should fail").isNotNull();
        return e;
    }

    private static PolicyProblem onlyProblem(String csv) {
        PolicyCompilationException e = failure(csv);
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void rejectsUnknownActionListingTheAllowedOnes() {
        PolicyProblem p = onlyProblem(HEADER + "r1,REFUN,T1,*,50.00,200.00,TEAM_LEAD,EUR,,\n");

        assertThat(p).isEqualTo(new PolicyProblem("bad.csv", 2, 2, "The action (REFUN) is invalid: Unknown action (REFUN). "
                + "Allowed: REFUND, CREDIT, DISCOUNT, FEE_WAIVER, REPLACEMENT, GOODWILL_GESTURE."));
    }

    @Test
    void rejectsUnknownTier() {
        PolicyProblem p = onlyProblem(HEADER + "r1,REFUND,T4,*,50.00,200.00,TEAM_LEAD,EUR,,\n");

        assertThat(p.column()).isEqualTo(3);
        assertThat(p.message()).contains("Unknown tier (T4). Allowed: T1, T2, T3.");
    }

    @Test
    void rejectsUnknownApproverRole() {
        PolicyProblem p = onlyProblem(HEADER + "r1,REFUND,T1,*,50.00,200.00,BOSS,EUR,,\n");

        assertThat(p.column()).isEqualTo(7);
        assertThat(p.message()).contains("Unknown approver role (BOSS). Allowed: TEAM_LEAD, MANAGER, DIRECTOR.");
    }

    @Test
    void rejectsDuplicateRuleIds() {
        PolicyProblem p = onlyProblem(HEADER + GOOD + "refund-t1,REFUND,T2,*,50.00,200.00,TEAM_LEAD,EUR,,\n");

        assertThat(p).isEqualTo(new PolicyProblem("bad.csv", 3, 1,
                "Duplicate rule_id (refund-t1): line 2 already uses it."));
    }

    @Test
    void rejectsRuleIdsDefinedInTwoMatrices() {
        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class,
                () -> Policy.compile(List.of(PolicySource.authorityMatrix("a.csv", HEADER + GOOD),
                        PolicySource.authorityMatrix("b.csv", HEADER + "\n" + GOOD.replace("T1", "T2")))));

        assertThat(e.problems()).containsExactly(new PolicyProblem("b.csv", 3, 1,
                "Duplicate rule id (refund-t1): a.csv line 2 already defines it."));
    }

    @Test
    void rejectsOverlappingRowsWithContradictingLimits() {
        PolicyProblem p = onlyProblem(HEADER + GOOD + "refund-other,REFUND,T1,*,60.00,200.00,TEAM_LEAD,EUR,150.00,P30D\n");

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).startsWith("The row refund-other overlaps the row refund-t1 (line 2): both cover "
                + "REFUND T1 * EUR with contradicting limits.");
    }

    @Test
    void rowsForOtherSegmentsOrCurrenciesDoNotOverlap() {
        Policy policy = Policy.compile(List.of(PolicySource.authorityMatrix("ok.csv", HEADER + GOOD
                + "refund-t1-vip,REFUND,T1,VIP,60.00,200.00,TEAM_LEAD,EUR,150.00,P30D\n"
                + "refund-t1-usd,REFUND,T1,*,60.00,200.00,TEAM_LEAD,USD,150.00,P30D\n")));

        assertThat(policy.sources()).hasSize(1);
    }

    @Test
    void rejectsNegativeLimits() {
        PolicyProblem p = onlyProblem(HEADER + "r1,REFUND,T1,*,-5.00,200.00,TEAM_LEAD,EUR,,\n");

        assertThat(p).isEqualTo(new PolicyProblem("bad.csv", 2, 5, "The allow_up_to (-5.00 EUR) is negative."));
    }

    @Test
    void rejectsAllowAboveApproval() {
        PolicyProblem p = onlyProblem(HEADER + "r1,REFUND,T1,*,300.00,200.00,TEAM_LEAD,EUR,,\n");

        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("The allow_up_to (300.00 EUR) is above the approval_up_to (200.00 EUR). "
                + "Maybe the columns are swapped?");
    }

    @Test
    void rejectsAmountInAnotherCurrencyThanTheRow() {
        PolicyProblem p = onlyProblem(HEADER + "r1,REFUND,T1,*,50.00,200.00 USD,TEAM_LEAD,EUR,,\n");

        assertThat(p).isEqualTo(new PolicyProblem("bad.csv", 2, 6,
                "The approval_up_to (200.00 USD) is in USD but the row's currency is EUR."));
    }

    @Test
    void acceptsAmountWithTheRowsCurrency() {
        Policy policy = Policy.compile(List.of(PolicySource.authorityMatrix("ok.csv",
                HEADER + "r1,REFUND,T1,*,50.00 EUR,200.00 eur,TEAM_LEAD,EUR,,\n")));

        assertThat(policy.decide(Fixtures.refund(Tier.T1, "50.00"))).isInstanceOf(Allowed.class);
    }

    @Test
    void rejectsUnknownCurrency() {
        PolicyProblem p = onlyProblem(HEADER + "r1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EURO,,\n");

        assertThat(p.column()).isEqualTo(8);
        assertThat(p.message()).contains("Unknown currency (EURO)");
    }

    @Test
    void rejectsMalformedNumbers() {
        PolicyProblem p = onlyProblem(HEADER + "r1,REFUND,T1,*,5O.00,200.00,TEAM_LEAD,EUR,,\n");

        assertThat(p).isEqualTo(new PolicyProblem("bad.csv", 2, 5,
                "The allow_up_to (5O.00) is invalid: not a plain decimal number such as 50.00."));
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHas() {
        PolicyProblem p = onlyProblem(HEADER + "r1,REFUND,T1,*,50.001,200.00,TEAM_LEAD,EUR,,\n");

        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message()).contains("has more decimals than EUR allows (2)");
    }

    @Test
    void rejectsMalformedPeriod() {
        PolicyProblem p = onlyProblem(HEADER + "r1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,150.00,30 days\n");

        assertThat(p.column()).isEqualTo(10);
        assertThat(p.message()).startsWith("The period (30 days) is invalid: Text cannot be parsed to a Period");
    }

    @Test
    void rejectsPeriodCapWithoutPeriodAndPeriodWithoutCap() {
        assertThat(onlyProblem(HEADER + "r1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,150.00,\n").message())
                .isEqualTo("The period is empty but the row has a period cap. Maybe add one such as P30D?");
        assertThat(onlyProblem(HEADER + "r1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,,P30D\n").message())
                .isEqualTo("The period (P30D) is set but the row has no period cap. Maybe fill period_cap?");
    }

    @Test
    void rejectsApprovalBandWithoutApprover() {
        PolicyProblem p = onlyProblem(HEADER + "r1,REFUND,T1,*,50.00,200.00,,EUR,,\n");

        assertThat(p.column()).isEqualTo(7);
        assertThat(p.message()).startsWith("The approver_role is empty but approval_up_to (200.00 EUR) is above allow_up_to");
    }

    @Test
    void rejectsUnitsThatDoNotFitTheAction() {
        assertThat(onlyProblem(HEADER + "r1,REFUND,T1,*,10%,200.00,TEAM_LEAD,EUR,,\n").message())
                .startsWith("The allow_up_to (10%) is a percentage, but REFUND is measured in money.");
        assertThat(onlyProblem(HEADER + "d1,DISCOUNT,T1,*,10.00,20%,TEAM_LEAD,,,\n").message())
                .isEqualTo("The allow_up_to (10.00) of the percent action DISCOUNT must be a percentage such as 10%.");
        assertThat(onlyProblem(HEADER + "d1,DISCOUNT,T1,*,10%,20%,TEAM_LEAD,EUR,,\n").column()).isEqualTo(8);
        assertThat(onlyProblem(HEADER + "d1,DISCOUNT,T1,*,10%,20%,TEAM_LEAD,,30%,P30D\n").message())
                .startsWith("The period_cap (30%) must be empty for the percent action DISCOUNT");
        assertThat(onlyProblem(HEADER + "d1,DISCOUNT,T1,*,10%,120%,TEAM_LEAD,,,\n").message())
                .contains("is outside 0–100");
    }

    @Test
    void rejectsBadHeaderAndRowShape() {
        PolicyCompilationException header = failure("rule_id,action,tier,segment,allow,approval_up_to,approver_role,"
                + "currency,period_cap,period\n" + GOOD);
        assertThat(header.problems()).extracting(PolicyProblem::line, PolicyProblem::column).containsExactly(
                tuple(1, 5), tuple(1, 0));
        assertThat(header.problems().get(1).message()).startsWith("The header lacks the column allow_up_to.");

        assertThat(onlyProblem(HEADER + "r1,REFUND,T1,*,50.00\n"))
                .isEqualTo(new PolicyProblem("bad.csv", 2, 0, "The row has 5 fields; the header has 10."));
        assertThat(onlyProblem("").message()).startsWith("The authority matrix is empty");
    }

    @Test
    void reportsEveryProblemAtOnceWithItsLine() {
        PolicyCompilationException e = failure(HEADER + GOOD
                + "\n"
                + "r2,REFUND,T9,*,50.00,200.00,TEAM_LEAD,EUR,,\n"
                + "r3,REFUND,T2,*,50.00,200.00,TEAM_LEAD,EUR,-1.00,P30D\n");

        // The blank line 3 is skipped but still counted.
        assertThat(e.problems()).extracting(PolicyProblem::line, PolicyProblem::column).containsExactly(
                tuple(4, 3), tuple(5, 9));
        assertThat(e.source()).isEqualTo("bad.csv");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("The policy does not compile (2 problems):\n  bad.csv:4:3: The tier (T9)");
    }

    @Test
    void linesCountQuotedLineBreaks() {
        PolicyProblem p = onlyProblem(HEADER + "\"refund\nt1\",REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,,\n"
                + "r2,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,,\n");

        // The first row spans lines 2-3 and has a bad id; it is reported at its first line.
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(1);
    }

    @Test
    void linesStartingWithAHashAreCommentsBeforeTheHeaderAndBetweenRows() {
        // Issue 21: one comment line used to give 11 problems (ten missing columns and an unknown one).
        Policy policy = Policy.compile(List.of(PolicySource.authorityMatrix("commented.csv", "# Refund limits, 2026\n"
                + "# reviewed by the service desk\n" + HEADER + "# tier 1\n" + GOOD + "\n#\n# tier 2\n"
                + "refund-t2,REFUND,T2,*,200.00,1000.00,MANAGER,EUR,600.00,P30D\n# end\n")));

        assertThat(policy.decide(Fixtures.refund(Tier.T2, "150.00")).firedRules()).containsExactly("refund-t2");
    }

    @Test
    void problemsAfterCommentsNameTheirPhysicalLine() {
        PolicyCompilationException e = failure("# limits\n" + HEADER + "# tier 1\n" + GOOD + "# tier 2 below\n"
                + "\n# still tier 2\n" + "r2,REFUND,T9,*,50.00,200.00,TEAM_LEAD,EUR,,\n");

        assertThat(e.problems()).extracting(PolicyProblem::line, PolicyProblem::column).containsExactly(tuple(8, 3));
    }

    @Test
    void everyProblemIsOneLineWithItsHintAfterIt() {
        PolicyCompilationException e = failure(HEADER + "r1,REFUND,T1,*,300.00,200.00,TEAM_LEAD,EUR,,\n");

        assertThat(e.problems()).singleElement().hasToString("bad.csv:2:5: The allow_up_to (300.00 EUR) is above "
                + "the approval_up_to (200.00 EUR). Maybe the columns are swapped?");
        assertThat(e.getMessage()).hasLineCount(2);
        assertThat(new PolicyProblem("x.drl", 3, 1, "  first\r\n   second\nthird  ").message())
                .isEqualTo("first second third");
    }
}
