package dev.cxkit.test;

import dev.cxkit.core.Money;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.rules.Decision;
import dev.cxkit.audit.AuditFinding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Entry points for the AssertJ assertions of cxkit types. Import them statically next to AssertJ's
 * own; Java picks the more specific overload, so both {@code assertThat}s live side by side:
 *
 * <pre>{@code
 * import static dev.cxkit.test.CxAssertions.assertThat;
 * import static org.assertj.core.api.Assertions.assertThat;
 *
 * assertThat(policy.decide(request)).isDenied().hasReasonContaining("approval limit");
 * assertThat(kpi).hasId("cx.kpi.fcr").hasValueCloseTo(0.83, within(0.005));
 * assertThat(List.of(1, 2)).hasSize(2);   // AssertJ's
 * }</pre>
 *
 * <p>For a whole policy under test, {@link PolicyVerifier} reads better and also shows the request
 * in its failure messages. Findings of the mistake audit have {@link #assertThat(AuditFinding)} for
 * one and {@link #assertThatFindings(List)} for all of an audit. Stateless and thread-safe.
 */
public final class CxAssertions {

    private CxAssertions() {
    }

    /**
     * Starts assertions on a policy decision.
     *
     * @param actual the decision, may be {@code null}
     * @return the assertion
     */
    public static DecisionAssert assertThat(@Nullable Decision actual) {
        return new DecisionAssert(actual);
    }

    /**
     * Starts assertions on a KPI value.
     *
     * @param actual the value, may be {@code null}
     * @return the assertion
     */
    public static KpiValueAssert assertThat(@Nullable KpiValue actual) {
        return new KpiValueAssert(actual);
    }

    /**
     * Starts assertions on money.
     *
     * @param actual the money, may be {@code null}
     * @return the assertion
     */
    public static MoneyAssert assertThat(@Nullable Money actual) {
        return new MoneyAssert(actual);
    }

    /**
     * Starts assertions on one audit finding.
     *
     * @param actual the finding, may be {@code null}
     * @return the assertion
     */
    public static AuditFindingAssert assertThat(@Nullable AuditFinding actual) {
        return new AuditFindingAssert(actual);
    }

    /**
     * Starts assertions on the findings of an audit. Named differently from {@code assertThat} so
     * that it does not clash with AssertJ's {@code assertThat(List)}.
     *
     * @param actual the findings, may be {@code null}
     * @return the assertion
     */
    public static AuditFindingsAssert assertThatFindings(@Nullable List<AuditFinding> actual) {
        return new AuditFindingsAssert(actual);
    }
}
