package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.cxkit.core.Interaction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A KPI set must not change any KPI's answer: per group, across shards, in any order. */
class KpiSetPropertyTest {

    private static final FcrVariant.RepeatWindow PER_ISSUE =
            FcrVariant.repeatWithin(Duration.ofDays(2), RepeatScope.PER_ISSUE);

    @Provide
    Arbitrary<List<Interaction>> interactions() {
        return FcrTestData.interactions();
    }

    private static KpiSet.Builder builder() {
        return KpiSet.builder()
                .add("fcr", () -> FirstContactResolution.create(PER_ISSUE))
                .add("fcr-ticket", () -> FirstContactResolution.create(FcrVariant.ticket()))
                .add("repeat", () -> RepeatContactRate.create(PER_ISSUE))
                .add("trend", () -> ContactReasonTrend.create(ContactReasonTrendConfig.builder().minimumCount(2).build()))
                .groupBy(Dimension.CHANNEL, Dimension.TEAM)
                .groupBy(Dimension.WEEK)
                .groupBy(Dimension.TIER, Dimension.AGENT, Dimension.REASON);
    }

    @Property(tries = 300)
    void shardsCombinedEqualOneSortedPass(@ForAll("interactions") List<Interaction> interactions,
            @ForAll @IntRange(min = 2, max = 5) int shards, @ForAll Random random) {
        KpiSet expected = builder().build();
        FcrTestData.sorted(interactions).forEach(expected);
        KpiSet actual = expected.newEmpty();
        for (List<Interaction> shard : FcrTestData.shuffledShards(interactions, shards, random)) {
            KpiSet part = expected.newEmpty();
            shard.forEach(part);
            actual = random.nextBoolean() ? actual.combine(part) : part.combine(actual);
        }

        assertThat(actual.results()).isEqualTo(expected.results());
    }

    @Property(tries = 300)
    void eachGroupEqualsTheKpisRunOnThatGroupsInteractionsAlone(@ForAll("interactions") List<Interaction> interactions) {
        KpiSet set = builder().build();
        interactions.forEach(set);

        for (GroupedKpiValue grouped : set.results()) {
            List<Interaction> members = interactions.stream().filter(i -> matches(i, grouped.tags())).toList();
            KpiAccumulator<Interaction, ?> alone = switch (grouped.name()) {
                case "fcr" -> FirstContactResolution.create(PER_ISSUE);
                case "fcr-ticket" -> FirstContactResolution.create(FcrVariant.ticket());
                case "repeat" -> RepeatContactRate.create(PER_ISSUE);
                default -> ContactReasonTrend.create(ContactReasonTrendConfig.builder().minimumCount(2).build());
            };
            members.forEach(alone);
            assertThat(grouped.value()).as(grouped.name() + " " + grouped.tags()).isEqualTo(alone.result());
        }
    }

    @Property(tries = 300)
    void combineIsCommutative(@ForAll("interactions") List<Interaction> left,
            @ForAll("interactions") List<Interaction> right) {
        KpiSet a = builder().build();
        KpiSet b = builder().build();
        KpiSet c = builder().build();
        KpiSet d = builder().build();
        left.forEach(a);
        left.forEach(d);
        right.forEach(b);
        right.forEach(c);

        assertThat(a.combine(b).results()).isEqualTo(c.combine(d).results());
    }

    private static boolean matches(Interaction interaction, Map<String, String> tags) {
        for (Dimension dimension : List.of(Dimension.CHANNEL, Dimension.TEAM, Dimension.WEEK, Dimension.TIER,
                Dimension.AGENT, Dimension.REASON)) {
            String tag = tags.get(dimension.key());
            if (tag != null && !tag.equals(dimension.valueOf(interaction))) {
                return false;
            }
        }
        return true;
    }
}
