package dev.cxkit.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.Interaction;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.kpi.KpiValue;

/**
 * The benchmark's input, generated with the seeded synthetic contact centre, and the check that
 * every scorecard implementation computes the same figures on it. Stateless.
 */
public final class ScorecardData {

    /**
     * The interactions one benchmark invocation processes: the first million generated. The default
     * 420 days generate slightly more; fewer days give fewer (see {@link #generate}).
     */
    public static final int INTERACTIONS = 1_000_000;

    private ScorecardData() {
    }

    /**
     * Generates the default synthetic contact centre for {@code days} days (seeded, so the same
     * every run) and keeps its first {@link #INTERACTIONS} interactions in generation order.
     *
     * @param days the days to generate; 420 give about 1.0 M interactions in about 8 s
     * @return the interactions, at most {@link #INTERACTIONS}
     * @throws IllegalArgumentException if the generator rejects {@code days}
     */
    public static Interaction[] generate(int days) {
        List<Interaction> interactions = new ArrayList<>();
        GeneratedDataSink sink = new GeneratedDataSink() {
            @Override
            public void interaction(Interaction interaction) {
                interactions.add(interaction);
            }
        };
        SyntheticContactCentre.generate(GeneratorConfig.ofDefaults().toBuilder().days(days).build(), sink);
        Interaction[] all = interactions.toArray(Interaction[]::new);
        return all.length > INTERACTIONS ? Arrays.copyOf(all, INTERACTIONS) : all;
    }

    /**
     * Computes every benchmarked scorecard on {@code interactions} and requires that cxkit, the
     * hand-fused loop and the naive streams agree: counts exactly, values within 1e-9 (relative for
     * values above 1).
     *
     * @param interactions the interactions
     * @return the ten KPIs overall and per channel, as cxkit computes them
     * @throws IllegalStateException listing the differences if two implementations disagree
     */
    public static Figures requireAgreement(Interaction[] interactions) {
        Figures cxkit = Figures.of(Arrays.stream(interactions).collect(CxkitScorecard.tenKpisByChannel().collector()));
        cxkit.requireSameAs(HandFusedScorecard.tenKpisByChannel(interactions), "cxkit and hand-fused (by channel)");
        cxkit.requireSameAs(NaiveScorecard.tenKpisByChannel(interactions), "cxkit and naive (by channel)");
        Figures overall = HandFusedScorecard.tenKpis(interactions);
        overall.requireSameAs(Figures.of(Arrays.stream(interactions).collect(CxkitScorecard.tenKpis().collector())),
                "hand-fused and cxkit (overall)");
        overall.requireSameAs(NaiveScorecard.tenKpis(interactions), "hand-fused and naive (overall)");
        overall.requireSameAs(Figures.of(Arrays.stream(interactions).parallel()
                .collect(CxkitScorecard.tenKpis().collector())), "hand-fused and cxkit on a parallel stream");
        Figures nine = HandFusedScorecard.nineKpisWithoutFcr(interactions);
        nine.requireSameAs(Figures.of(Arrays.stream(interactions).collect(CxkitScorecard.nineKpisWithoutFcr().collector())),
                "hand-fused and cxkit (nine KPIs without FCR)");
        KpiValue fcr = overall.groups().get(Figures.OVERALL).get("fcr");
        new Figures(Map.of(Figures.OVERALL, Map.of("fcr", fcr))).requireSameAs(Figures.of(Arrays.stream(interactions).collect(CxkitScorecard.fcrOnly().collector())),
                        "hand-fused and cxkit (FCR alone)");
        return cxkit;
    }
}
