package dev.cxkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DRL problems are reported with the DRL source's name, line and column, and Drools' own message. */
class DrlCompilationTest {

    private static final String IMPORTS = "package policies.test;\n"
            + "import dev.cxkit.core.Action;\n"
            + "import dev.cxkit.rules.DecisionRequest;\n"
            + "import dev.cxkit.rules.spi.Ruling;\n";

    private static PolicyCompilationException failure(PolicySource... sources) {
        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class,
                () -> Policy.compile(List.of(sources)));
        assertThat(e).as("compiling should fail").isNotNull();
        return e;
    }

    @Test
    void reportsSyntaxErrorWithLineAndColumn() {
        // Line 6 is "    DecisionRequest(action == )": the parser stops at ')' in column 31.
        String drl = IMPORTS + "rule \"broken\" when\n"
                + "    DecisionRequest(action == )\n"
                + "then\n"
                + "end\n";

        PolicyCompilationException e = failure(Fixtures.matrix("formats-example.csv"), PolicySource.drl("broken.drl", drl));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.source()).isEqualTo("broken.drl");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(31);
        assertThat(e.problems().get(0).message()).contains("[ERR 10").contains("Line 6:30");
    }

    @Test
    void reportsConsequenceCompileErrorAtItsRule() {
        String drl = IMPORTS + "rule \"bad-call\" when\n"
                + "    $r : Ruling()\n"
                + "then\n"
                + "    $r.scaleLimitz(2);\n"
                + "end\n";

        PolicyCompilationException e = failure(PolicySource.drl("bad-call.drl", drl));

        assertThat(e.source()).isEqualTo("bad-call.drl");
        assertThat(e.line()).isBetween(5, 9);
        assertThat(e.getMessage()).contains("scaleLimitz");
    }

    @Test
    void rejectsRuleIdDefinedInMatrixAndDrl() {
        String drl = IMPORTS + "\n"
                + "rule \"refund-t1\" when\n"
                + "    $r : Ruling()\n"
                + "then\n"
                + "end\n";

        PolicyCompilationException e = failure(Fixtures.matrix("formats-example.csv"), PolicySource.drl("dup.drl", drl));

        assertThat(e.problems()).containsExactly(new PolicyProblem("dup.drl", 6, 1,
                "Duplicate rule id (refund-t1): formats-example.csv line 2 already defines it."));
    }

    @Test
    void rejectsAnEmptyPolicy() {
        assertThat(failure().problems()).containsExactly(
                new PolicyProblem("(policy)", 0, 0, "A policy needs at least one source."));
    }
}
