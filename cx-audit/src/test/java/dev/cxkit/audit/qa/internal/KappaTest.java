package dev.cxkit.audit.qa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KappaTest {

    /**
     * The worked example of Wikipedia's "Cohen's kappa" article (section "Simple example", read
     * 2026): 50 grant proposals, both readers yes 20, A yes B no 5, A no B yes 10, both no 15;
     * pₒ = 0.7, pₑ = 0.5, κ = 0.4.
     */
    @Test
    void matchesWikipediasWorkedExample() {
        assertThat(Kappa.observed(20, 5, 10, 15)).hasValue(0.7);
        assertThat(Kappa.of(20, 5, 10, 15).getAsDouble()).isCloseTo(0.4, within(1e-12));
    }

    /**
     * Wikipedia's second pair of examples (same article, "Same percentages but different numbers"):
     * 100 items, 45/15/25/15 gives κ = 0.1304; 25/35/5/35 gives κ = 0.2593.
     */
    @Test
    void matchesWikipediasEqualAgreementPair() {
        assertThat(Kappa.of(45, 15, 25, 15).getAsDouble()).isCloseTo(0.1304, within(1e-4));
        assertThat(Kappa.of(25, 35, 5, 35).getAsDouble()).isCloseTo(0.2593, within(1e-4));
    }

    @Test
    void perfectDisagreementIsMinusOne() {
        assertThat(Kappa.of(0, 10, 10, 0).getAsDouble()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void undefinedWhenBothRatersGiveOneVerdictOrThereIsNoPair() {
        assertThat(Kappa.of(30, 0, 0, 0)).isEmpty();
        assertThat(Kappa.of(0, 0, 0, 12)).isEmpty();
        assertThat(Kappa.observed(30, 0, 0, 0)).hasValue(1.0);
        assertThat(Kappa.of(0, 0, 0, 0)).isEmpty();
        assertThat(Kappa.observed(0, 0, 0, 0)).isEmpty();
    }
}
