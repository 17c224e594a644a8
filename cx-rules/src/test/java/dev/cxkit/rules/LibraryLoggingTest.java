package dev.cxkit.rules;

import static dev.cxkit.rules.Fixtures.refund;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.Tier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a library is quiet at INFO. This module's tests log through slf4j-simple at its default
 * level, INFO, to {@code System.err}, which the test captures while a policy is compiled, decides
 * through an engine and is reloaded: Drools' start-up lines and a line per decision used to appear.
 * Only the reload, a change an operator wants to see, is logged at INFO.
 */
class LibraryLoggingTest {

    @Test
    void compilingAndDecidingLogNothingAtInfo() {
        String log;
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Policy policy = Policy.builder().source(Fixtures.matrix("authority.csv"))
                    .source(Fixtures.drl("vip-complaint.drl")).build();
            PolicyEngine engine = PolicyEngine.builder(policy).instantSource(Fixtures.CLOCK).build();
            engine.decideAndRecord(refund(Tier.T1, "10.00"));
            engine.decide(refund(Tier.T1, "120.00"));
            engine.reload(List.of(Fixtures.matrix("authority.csv")));
        } finally {
            System.err.flush();
            System.setErr(original);
            log = captured.toString(StandardCharsets.UTF_8);
        }

        assertThat(log.lines()).as(log).singleElement().asString().contains("INFO", "replaced");
    }
}
