package dev.cxkit.rules;

import static dev.cxkit.rules.Fixtures.eur;
import static dev.cxkit.rules.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxkit.core.Action;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Tier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Drools CSV decision table combined with the authority matrix. Table rows become rules named
 * {@code <table>_<line>}: channel-rules.drl.csv has its data rows on lines 9 and 10.
 */
class DecisionTableTest {

    private static final Policy POLICY = Policy.builder()
            .version("dt-1")
            .source(Fixtures.matrix("authority.csv"))
            .source(PolicySource.decisionTable("channel-rules.drl.csv", Fixtures.resource("channel-rules.drl.csv")))
            .build();

    @Test
    void tableRowsOverrideTheMatrixForTheirChannel() {
        DecisionRequest.Builder credit = request(Tier.T1, Action.CREDIT, eur("10.00"));

        assertThat(POLICY.decide(credit.build())).isInstanceOfSatisfying(Allowed.class,
                a -> assertThat(a.firedRules()).containsExactly("credit-t1"));
        assertThat(POLICY.decide(credit.channel(Channel.SOCIAL).build())).isInstanceOfSatisfying(Denied.class, d -> {
            assertThat(d.reason()).isEqualTo("Credits are not granted over social media.");
            assertThat(d.firedRules()).containsExactly("channel-rules_9");
        });
        assertThat(POLICY.decide(credit.channel(Channel.EMAIL).build())).isInstanceOfSatisfying(NeedsApproval.class,
                n -> {
                    assertThat(n.approverRole()).isEqualTo(ApproverRole.TEAM_LEAD);
                    assertThat(n.firedRules()).containsExactly("channel-rules_10");
                });
    }

    @Test
    void tableErrorsPointAtTheTableLine() {
        String table = Fixtures.resource("channel-rules.drl.csv").replace("CREDIT,EMAIL,,TEAM_LEAD", "CREDIT,EMAIL,,BOSS");

        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class,
                () -> Policy.compile(List.of(PolicySource.decisionTable("bad.drl.csv", table))));

        assertThat(e).isNotNull();
        assertThat(e.source()).isEqualTo("bad.drl.csv");
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.getMessage()).contains("BOSS");
    }

    @Test
    void aTableWithoutRulesIsAnError() {
        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class,
                () -> Policy.compile(List.of(PolicySource.decisionTable("empty.drl.csv", "RuleSet,policies.empty\n"))));

        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.source()).isEqualTo("empty.drl.csv");
    }

    @Test
    void readsTheKindFromTheFileName() throws Exception {
        Path dir = Files.createTempDirectory("cx-rules");
        Path table = Files.writeString(dir.resolve("t.drl.csv"), "x");
        Path matrix = Files.writeString(dir.resolve("m.csv"), "x");
        Path drl = Files.writeString(dir.resolve("r.drl"), "x");

        assertThat(PolicySource.read(table).kind()).isEqualTo(PolicySource.Kind.DECISION_TABLE);
        assertThat(PolicySource.read(matrix).kind()).isEqualTo(PolicySource.Kind.AUTHORITY_MATRIX);
        assertThat(PolicySource.read(drl)).isEqualTo(PolicySource.drl("r.drl", "x"));
    }
}
