package dev.cxkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.cxkit.core.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for what PolicyFuzzTest found: amounts with extreme exponents used to escape the
 * matrix compiler as an {@link ArithmeticException} ({@code 1E+999999999}: scaling to cents needs a
 * billion-digit number) or to cost seconds and gigabytes ({@code 1E-999999999%}: printed in full in
 * decision reasons). Both are now ordinary compile problems at their cell. The seeds that found them
 * stay in {@code PolicyFuzzTestInputs/authorityMatrix/}.
 */
class MatrixNumberLimitsTest {

    private static final String HEADER =
            "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n";

    private static PolicyCompilationException failure(String csv) {
        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class,
                () -> Policy.compile(List.of(PolicySource.authorityMatrix("bad.csv", csv))));
        assertThat(e).as("compiling should fail").isNotNull();
        return e;
    }

    @Test
    void rejectsMoneyWithAHugeExponentAtItsCell() {
        PolicyCompilationException e = failure(HEADER + "r1,REFUND,T1,*,1E+999999999,1E+999999999,,EUR,,\n");

        // Line 2 is the row, column 5 allow_up_to; approval_up_to (column 6) is reported too.
        assertThat(e.problems()).extracting(PolicyProblem::line, PolicyProblem::column)
                .containsExactly(tuple(2, 5), tuple(2, 6));
        assertThat(e.problems().get(0).message()).isEqualTo("The allow_up_to (1E+999999999) is invalid: not a plain "
                + "decimal number such as 50.00 (too long or too large an exponent).");
    }

    @Test
    void rejectsAPercentWithATinyExponentAtItsCell() {
        PolicyCompilationException e = failure(HEADER + "d1,DISCOUNT,T2,*,1E-999999999%,20%,TEAM_LEAD,,,\n");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.message()).contains("The percent (1E-999999999%) is not a number such as 10%.");
        });
    }

    @Test
    void stillAcceptsAPlainExponentWithinBounds() {
        // 1E+2 is 100.00 EUR and 1.5E+3 is 1500.00 EUR: scale -2 is well inside ±20.
        Policy policy = Policy.compile(List.of(PolicySource.authorityMatrix("ok.csv",
                HEADER + "r1,REFUND,T1,*,1E+2,1.5E+3,TEAM_LEAD,EUR,,\n")));

        assertThat(policy.decide(Fixtures.refund(Tier.T1, "100.00"))).isInstanceOf(Allowed.class);
        assertThat(policy.decide(Fixtures.refund(Tier.T1, "100.01"))).isInstanceOf(NeedsApproval.class);
    }
}
