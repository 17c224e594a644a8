package dev.cxkit.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.GroupedKpiValue;
import dev.cxkit.kpi.KpiSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4: a ten-KPI scorecard over one million generated interactions, in interactions per second
 * (one JMH operation is one interaction, via {@link OperationsPerInvocation}). Each invocation
 * starts from empty accumulators, feeds the whole array and computes the values, so the per-key
 * sort of first-contact resolution is included. Run with {@code -t 1} for per-core figures;
 * {@link #cxkitTenKpisParallelStream} uses the common fork-join pool, which on 2 cores is the
 * calling thread plus one worker.
 *
 * <p>Variants: cxkit's {@link KpiSet} (ten KPIs; ten per channel; nine without FCR; FCR alone;
 * ten on a parallel stream), the hand-fused loop ({@link HandFusedScorecard}: ten; ten per channel;
 * nine without FCR) and the naive streams ({@link NaiveScorecard}: ten; ten per channel). The
 * figures of all of them are compared in the trial setup before anything is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ScorecardData.INTERACTIONS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class KpiScorecardBenchmark {

    /**
     * Days of synthetic data. 420 (the default) give the 1 M interactions the figures are per; fewer
     * make a quicker smoke run, but JMH still divides by 1 M, so its per-interaction figures are
     * then off by the factor printed in the setup.
     */
    @Param("420")
    public int days;

    private Interaction[] interactions = new Interaction[0];

    /** Generates the data and checks that all implementations agree on it. */
    @Setup(Level.Trial)
    public void setUp() {
        interactions = ScorecardData.generate(days);
        if (interactions.length != ScorecardData.INTERACTIONS) {
            System.out.printf("%nWARNING: %d interactions, not %d: multiply JMH's ops/s by %.4f%n",
                    interactions.length, ScorecardData.INTERACTIONS,
                    (double) interactions.length / ScorecardData.INTERACTIONS);
        }
        Figures figures = ScorecardData.requireAgreement(interactions);
        System.out.printf("%n%d interactions; cxkit, hand-fused and naive agree; overall: %s%n",
                interactions.length, figures.groups().get(Figures.OVERALL));
    }

    private List<GroupedKpiValue> feed(KpiSet set) {
        for (Interaction interaction : interactions) {
            set.accept(interaction);
        }
        return set.results();
    }

    /**
     * cxkit, ten KPIs, overall.
     *
     * @return the values
     */
    @Benchmark
    public List<GroupedKpiValue> cxkitTenKpis() {
        return feed(CxkitScorecard.tenKpis().build());
    }

    /**
     * cxkit, ten KPIs, overall and per channel.
     *
     * @return the values
     */
    @Benchmark
    public List<GroupedKpiValue> cxkitTenKpisByChannel() {
        return feed(CxkitScorecard.tenKpisByChannel().build());
    }

    /**
     * cxkit, the nine KPIs other than FCR, overall.
     *
     * @return the values
     */
    @Benchmark
    public List<GroupedKpiValue> cxkitNineKpisWithoutFcr() {
        return feed(CxkitScorecard.nineKpisWithoutFcr().build());
    }

    /**
     * cxkit, FCR alone, overall.
     *
     * @return the values
     */
    @Benchmark
    public List<GroupedKpiValue> cxkitFcrOnly() {
        return feed(CxkitScorecard.fcrOnly().build());
    }

    /**
     * cxkit, ten KPIs, overall, on a parallel stream with {@link KpiSet.Builder#collector()}.
     *
     * @return the values
     */
    @Benchmark
    public List<GroupedKpiValue> cxkitTenKpisParallelStream() {
        return Arrays.stream(interactions).parallel().collect(CxkitScorecard.tenKpis().collector());
    }

    /**
     * Hand-fused loop, ten KPIs, overall.
     *
     * @return the values
     */
    @Benchmark
    public Figures handFusedTenKpis() {
        return HandFusedScorecard.tenKpis(interactions);
    }

    /**
     * Hand-fused loop, ten KPIs, overall and per channel.
     *
     * @return the values
     */
    @Benchmark
    public Figures handFusedTenKpisByChannel() {
        return HandFusedScorecard.tenKpisByChannel(interactions);
    }

    /**
     * Hand-fused loop, nine KPIs without FCR, overall.
     *
     * @return the values
     */
    @Benchmark
    public Figures handFusedNineKpisWithoutFcr() {
        return HandFusedScorecard.nineKpisWithoutFcr(interactions);
    }

    /**
     * Naive streams, ten KPIs, overall.
     *
     * @return the values
     */
    @Benchmark
    public Figures naiveTenKpis() {
        return NaiveScorecard.tenKpis(interactions);
    }

    /**
     * Naive streams, ten KPIs, overall and per channel.
     *
     * @return the values
     */
    @Benchmark
    public Figures naiveTenKpisByChannel() {
        return NaiveScorecard.tenKpisByChannel(interactions);
    }
}
