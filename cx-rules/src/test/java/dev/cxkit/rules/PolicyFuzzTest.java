package dev.cxkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cxkit.core.Action;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Tier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of the policy compiler (Jazzer): the authority-matrix CSV and the DRL
 * loader. The property: any text either compiles into a {@link Policy} or fails with a
 * {@link PolicyCompilationException} that lists at least one problem of that source; no other
 * exception, no hang, no {@link OutOfMemoryError}. A matrix that compiles must also decide a money
 * and a percent request without failing, because a matrix cannot loop. Fuzzed DRL is only
 * compiled, never run: DRL is code (RELIABILITY.md).
 *
 * <p>In a normal build these run in regression mode over the committed seeds in
 * {@code src/test/resources/dev/cxkit/rules/PolicyFuzzTestInputs/<method>/}. Each seed that compiles
 * costs a Drools build (a second or two cold, tens of milliseconds warm), so keep the seeds few.
 * The timeout is per input and generous because the first input also loads Drools.
 */
class PolicyFuzzTest {

    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "5m")
    void authorityMatrix(byte[] input) {
        PolicySource source = PolicySource.authorityMatrix("fuzz.csv", new String(input, StandardCharsets.UTF_8));
        Policy policy = compileOrNull(source);
        if (policy != null) {
            Decision refund = policy.decide(Fixtures.refund(Tier.T1, "1.00"));
            Decision discount = policy.decide(Fixtures.request(Tier.T2, Action.DISCOUNT, Percent.parse("5%")).build());
            assertThat(refund.policyVersion()).isEqualTo(policy.version());
            assertThat(discount.policyVersion()).isEqualTo(policy.version());
        }
    }

    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "5m")
    void drl(byte[] input) {
        compileOrNull(PolicySource.drl("fuzz.drl", new String(input, StandardCharsets.UTF_8)));
    }

    /** Compiles one source; a compile error must be the documented exception, naming that source. */
    private static @Nullable Policy compileOrNull(PolicySource source) {
        try {
            return Policy.compile(List.of(source));
        } catch (PolicyCompilationException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.source()).isIn(source.name(), "(policy)");
                assertThat(p.message()).isNotBlank();
            });
            return null;
        }
    }
}
