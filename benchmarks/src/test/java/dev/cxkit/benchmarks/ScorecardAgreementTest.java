package dev.cxkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.KpiValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScorecardAgreementTest {

    // The default 35 days of the synthetic centre: tens of thousands of interactions, with repeat contacts
    // within 7 days, abandons, holds, transfers and feedback on every channel; generated in about a second.
    private static Interaction[] interactions = new Interaction[0];

    @BeforeAll
    static void generate() {
        interactions = ScorecardData.generate(35);
    }

    @Test
    void allImplementationsComputeTheSameTenKpisOverallAndPerChannel() {
        Figures figures = ScorecardData.requireAgreement(interactions);

        assertThat(figures.groups()).hasSizeGreaterThan(2);
        figures.groups().values().forEach(values -> assertThat(values.keySet())
                .containsExactlyInAnyOrderElementsOf(Figures.KPI_NAMES));
        // Every overall KPI has data, so the comparison is not between empty values.
        assertThat(figures.groups().get(Figures.OVERALL).values()).allSatisfy(value -> {
            assertThat(value.isEmpty()).isFalse();
            assertThat(value.count()).isPositive();
        });
        // Repeats exist, so FCR is below 1 and the repeat detection is exercised.
        assertThat(figures.groups().get(Figures.OVERALL).get("fcr").value().getAsDouble()).isLessThan(1.0);
    }

    @Test
    void detectsAFigureThatIsOffByOneCount() {
        Figures fused = HandFusedScorecard.tenKpis(interactions);
        Map<String, KpiValue> values = new LinkedHashMap<>(fused.groups().get(Figures.OVERALL));
        KpiValue fcr = values.get("fcr");
        values.put("fcr", KpiValue.of(fcr.id(), "", fcr.value().getAsDouble(), fcr.count() + 1, fcr.unit()));
        Figures wrong = new Figures(Map.of(Figures.OVERALL, values));

        assertThat(fused.differencesFrom(wrong)).singleElement().asString().startsWith("[] fcr:");
        assertThatThrownBy(() -> fused.requireSameAs(wrong, "a and b"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("a and b disagree:");
    }

    @Test
    void detectsAValueThatDiffersByMoreThanTheTolerance() {
        Figures fused = HandFusedScorecard.tenKpis(interactions);
        Map<String, KpiValue> values = new LinkedHashMap<>(fused.groups().get(Figures.OVERALL));
        KpiValue aht = values.get("aht");
        // AHT is a few hundred seconds, so the tolerance is about 1e-7 s; 1e-6 s is outside it.
        values.put("aht", KpiValue.of(aht.id(), "", aht.value().getAsDouble() + 1e-6, aht.count(), aht.unit()));

        assertThat(fused.differencesFrom(new Figures(Map.of(Figures.OVERALL, values)))).singleElement()
                .asString().startsWith("[] aht:");
    }
}
