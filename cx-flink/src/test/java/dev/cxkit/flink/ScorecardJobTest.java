package dev.cxkit.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.Interaction;
import dev.cxkit.flink.internal.GroupKey;
import dev.cxkit.kpi.FirstContactResolution;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.RepeatContactRate;
import dev.cxkit.kpi.StandardKpis;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink job on a MiniCluster (one per class, two slots) against the in-process
 * {@link StandardKpis} over the same generated data: every KPI of every group, week and the total.
 */
class ScorecardJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final double RATE_TOLERANCE = 1e-9;

    @TempDir
    static Path dir;

    private static List<Interaction> interactions = List.of();
    private static String[] files = new String[0];

    @BeforeAll
    static void generate() throws Exception {
        // 24 days from Monday 2026-03-02: three full weeks and a partial fourth, about 5 000 contacts.
        interactions = FlinkScorecardFixture.generate(8, 24, 220);
        files = FlinkScorecardFixture.write(interactions, dir, 2);
    }

    private record Run(List<GroupScorecard> scorecards, List<Interaction> late) {
    }

    private static Run run(ScorecardJobConfig config, int parallelism, String... paths) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        env.setParallelism(parallelism);
        env.getConfig().enableObjectReuse();
        ScorecardStreams streams = ScorecardJob.create(config).scorecards(ScorecardJob.readJsonLines(env, paths));
        List<GroupScorecard> scorecards = new ArrayList<>();
        List<Interaction> late = new ArrayList<>();
        CloseableIterator<GroupScorecard> results = streams.scorecards().collectAsync();
        CloseableIterator<Interaction> lateResults = streams.lateContacts().collectAsync();
        env.execute("scorecard test");
        // Both collect sinks are drained to the end of the finished job; closing is then a no-op.
        results.forEachRemaining(scorecards::add);
        lateResults.forEachRemaining(late::add);
        results.close();
        lateResults.close();
        return new Run(scorecards, late);
    }

    @Test
    void everyKpiOfEveryGroupWeekAndTotalEqualsTheInProcessScorecard() throws Exception {
        Run run = run(ScorecardJobConfig.builder().totalAtEndOfInput(true).build(), 2, files);

        assertThat(run.late()).isEmpty();
        Map<Map<String, String>, GroupScorecard> byTags = new HashMap<>();
        run.scorecards().forEach(s -> assertThat(byTags.put(s.tags(), s)).as("one scorecard per tags").isNull());

        // Groups and weeks: every KPI but the repeat-window ones against StandardKpis on the group's contacts.
        Map<Map<String, String>, List<KpiValue>> groups =
                FlinkScorecardFixture.standardKpisBy(interactions, i -> GroupKey.of(i).tags());
        Map<Map<String, String>, List<KpiValue>> weeks =
                FlinkScorecardFixture.standardKpisBy(interactions, i -> GroupKey.of(i).weekRollUp().tags());
        assertThat(groups).hasSizeGreaterThan(20);
        // Four weeks of data from Monday 2026-03-02 in Berlin; a contact in the first local hour falls into the week
        // before in UTC, so there may be a fifth, partial week.
        assertThat(weeks).hasSizeBetween(4, 5);
        Map<Map<String, String>, List<KpiValue>> expected = new HashMap<>(groups);
        expected.putAll(weeks);
        assertThat(byTags.keySet()).containsAll(expected.keySet()).contains(Map.of()).hasSize(expected.size() + 1);
        expected.forEach((tags, values) -> assertSameValues(tags, byTags.get(tags).values(), values, false));

        // FCR and repeat contact per group: each contact's outcome judged against all of its customer's contacts.
        Map<GroupKey, long[]> tallies = FlinkScorecardFixture.repeatTallies(interactions);
        Map<Map<String, String>, long[]> byGroup = new HashMap<>();
        tallies.forEach((group, tally) -> {
            byGroup.put(group.tags(), tally);
            long[] week = byGroup.computeIfAbsent(group.weekRollUp().tags(), k -> new long[4]);
            for (int i = 0; i < 4; i++) {
                week[i] += tally[i];
            }
        });
        byGroup.forEach((tags, tally) -> {
            GroupScorecard scorecard = byTags.get(tags);
            assertRatio(tags, scorecard.value(RepeatContactRate.ID, null).orElseThrow(), tally[1], tally[0]);
            assertRatio(tags, scorecard.value(FirstContactResolution.ID, null).orElseThrow(), tally[3], tally[2]);
        });

        // The total: every KPI, FCR and repeat contact included, equals StandardKpis over all the data.
        StandardKpis all = StandardKpis.create();
        interactions.forEach(all::accept);
        assertSameValues(Map.of(), byTags.get(Map.of()).values(), all.results(), true);
        assertThat(byTags.get(Map.of()).value(FirstContactResolution.ID, null).orElseThrow().count()).isPositive();
    }

    @Test
    void countsContactsBehindTheWatermarkAsLateAndLeavesThemOut() throws Exception {
        List<Interaction> onTime = interactions.subList(0, 600);
        Interaction stray = onTime.get(10);
        // Queued two days before the last on-time contact: far more than 1 h behind the watermark.
        Interaction late = stray.toBuilder().queuedAt(FlinkScorecardFixture.last(onTime).minus(Duration.ofDays(2))).build();
        List<Interaction> input = new ArrayList<>(onTime);
        input.add(late);
        Path lateDir = dir.resolve("late");
        Files.createDirectories(lateDir);
        String[] paths = FlinkScorecardFixture.write(input, lateDir, 1);

        Run run = run(ScorecardJobConfig.builder().totalAtEndOfInput(true).build(), 1, paths);

        assertThat(run.late()).extracting(Interaction::id).containsExactly(stray.id());
        StandardKpis expected = StandardKpis.create();
        onTime.forEach(expected::accept);
        GroupScorecard total = run.scorecards().stream().filter(s -> s.tags().isEmpty()).findFirst().orElseThrow();
        assertSameValues(Map.of(), total.values(), expected.results(), true);
    }

    private static void assertSameValues(Map<String, String> tags, List<KpiValue> actual, List<KpiValue> expected,
            boolean includingRepeatWindow) {
        List<KpiValue> want = expected.stream().filter(v -> includingRepeatWindow || !isRepeatWindow(v)).toList();
        List<KpiValue> got = actual.stream().filter(v -> includingRepeatWindow || !isRepeatWindow(v)).toList();
        assertThat(got).as("KPIs of %s", tags).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            KpiValue w = want.get(i);
            KpiValue g = got.get(i);
            String what = tags + " " + w.id() + " " + w.variant();
            assertThat(g.id()).as(what).isEqualTo(w.id());
            assertThat(g.variant()).as(what).isEqualTo(w.variant());
            assertThat(g.count()).as(what).isEqualTo(w.count());
            assertThat(g.unit()).as(what).isEqualTo(w.unit());
            assertThat(g.value().isPresent()).as(what).isEqualTo(w.value().isPresent());
            if (w.value().isPresent()) {
                assertThat(g.value().getAsDouble()).as(what).isCloseTo(w.value().getAsDouble(), within(RATE_TOLERANCE));
            }
        }
    }

    private static boolean isRepeatWindow(KpiValue value) {
        return value.id().equals(FirstContactResolution.ID) || value.id().equals(RepeatContactRate.ID);
    }

    private static void assertRatio(Map<String, String> tags, KpiValue value, long numerator, long denominator) {
        KpiValue expected = KpiValue.ratio(value.id(), value.variant(), numerator, denominator);
        assertThat(value.count()).as("%s %s count", tags, value.id()).isEqualTo(expected.count());
        assertThat(value.value().isPresent()).as("%s %s present", tags, value.id()).isEqualTo(expected.value().isPresent());
        if (expected.value().isPresent()) {
            assertThat(value.value().getAsDouble()).as("%s %s", tags, value.id())
                    .isCloseTo(expected.value().getAsDouble(), within(RATE_TOLERANCE));
        }
    }
}
