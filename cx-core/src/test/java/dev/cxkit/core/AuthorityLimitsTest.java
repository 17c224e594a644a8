package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: tier authority was written three ways with different defaults. {@link AuthorityLimits} is
 * the one model; the policy that the audit's OVER_AUTHORITY uses by default is rendered from it, and
 * it must be the matrix docs/authority-matrix.md quotes (and that cx audit used before, byte for
 * byte, so the policy version sha256:e05f3bbf47e3 in earlier audit outputs stays the same).
 */
class AuthorityLimitsTest {

    @Test
    void theDefaultsRenderAsTheMatrixTheDocsQuote() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "authority-matrix.md"), StandardCharsets.UTF_8);
        int section = docs.indexOf("### generator-authority.csv");
        int start = docs.indexOf("```csv\n", section) + "```csv\n".length();
        String quoted = docs.substring(start, docs.indexOf("```", start));

        assertThat(section).isNotNegative();
        assertThat(AuthorityLimits.ofDefaults().toAuthorityMatrix()).isEqualTo(quoted);
    }

    @Test
    void eachCellBecomesOneRowWithItsAllowanceAndCap() {
        String csv = AuthorityLimits.ofDefaults().toAuthorityMatrix();

        assertThat(csv.lines()).hasSize(1 + Action.values().length * Tier.values().length)
                .contains("refund-t2,REFUND,T2,*,200.00,100000.00,TEAM_LEAD,EUR,600.00,P30D",
                        "replacement-t3,REPLACEMENT,T3,*,1000.00,100000.00,TEAM_LEAD,EUR,,",
                        "discount-t1,DISCOUNT,T1,*,10%,100%,TEAM_LEAD,,,");
    }
}
