package dev.cxkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 item 9: a 1 MiB matrix (16,986 rows) took 23 s and 1.65 GB to compile. A policy has a row
 * limit over all its matrices, checked while reading, before anything reaches Drools.
 */
class PolicySizeLimitTest {

    private static final String HEADER =
            "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n";

    /** {@code rows} distinct rows, one segment each. */
    private static String matrix(int rows, String prefix) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(i).append(",REFUND,T1,S").append(prefix.toUpperCase(java.util.Locale.ROOT))
                    .append(i).append(",50.00,200.00,TEAM_LEAD,EUR,,\n");
        }
        return csv.toString();
    }

    @Test
    void aMatrixOverTheLimitIsRefusedAtTheFirstRowPastIt() {
        PolicyTooLargeException e = catchThrowableOfType(PolicyTooLargeException.class, () -> Policy.builder()
                .maxMatrixRows(5).source(PolicySource.authorityMatrix("big.csv", matrix(6, "r"))).build());

        assertThat(e).isNotNull();
        assertThat(e.limit()).isEqualTo(5);
        // Header on line 1, rows on lines 2 to 7: the sixth row (line 7) is one too many.
        assertThat(e.problems()).singleElement().hasToString("big.csv:7:0: The authority matrices have more than 5 "
                + "rows, the policy's limit; nothing was compiled. Maybe split the matrix, or raise the limit "
                + "(Policy.Builder.maxMatrixRows) if the rows are all needed?");
    }

    @Test
    void theLimitCountsTheRowsOfAllMatrices() {
        List<PolicySource> two = List.of(PolicySource.authorityMatrix("a.csv", matrix(3, "a")),
                PolicySource.authorityMatrix("b.csv", matrix(3, "b")));

        assertThat(Policy.builder().maxMatrixRows(6).sources(two).build().maxMatrixRows()).isEqualTo(6);
        assertThatThrownBy(() -> Policy.builder().maxMatrixRows(5).sources(two).build())
                .isInstanceOf(PolicyTooLargeException.class).hasMessageContaining("b.csv:4:0:");
    }

    @Test
    void theDefaultIsTwoThousandRowsAndReloadsKeepTheLimit() {
        Policy policy = Policy.compile(List.of(PolicySource.authorityMatrix("m.csv", matrix(2, "r"))));
        assertThat(policy.maxMatrixRows()).isEqualTo(Policy.DEFAULT_MAX_MATRIX_ROWS).isEqualTo(2_000);

        PolicyEngine engine = PolicyEngine.builder(policy.toBuilder().maxMatrixRows(2).build())
                .decisionLog(dev.cxkit.rules.spi.DecisionLog.none()).build();
        ReloadResult result = engine.reload(List.of(PolicySource.authorityMatrix("m.csv", matrix(3, "r"))));

        assertThat(result).isInstanceOfSatisfying(ReloadResult.Rejected.class,
                r -> assertThat(r.error()).isInstanceOf(PolicyTooLargeException.class));
        assertThatThrownBy(() -> Policy.builder().maxMatrixRows(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxMatrixRows");
    }
}
