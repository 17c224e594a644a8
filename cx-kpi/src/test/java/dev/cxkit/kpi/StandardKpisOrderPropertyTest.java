package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.cxkit.core.Interaction;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 20 item 1 for the KPIs: no figure of the standard set depends on the order of the input. Every
 * value, overall and in every group (channel, hour, day, week, team × tier), compared exactly between
 * a sorted pass and shuffled shards combined in a random order. The synthetic slice carries surveys,
 * promises, holds, transfers and abandons; the random lists make same-instant ties and shared cases
 * common.
 */
class StandardKpisOrderPropertyTest {

    private static final List<Interaction> WEEK = generatedWeek();

    private static final List<List<Dimension>> GROUPINGS = List.of(List.of(Dimension.CHANNEL),
            List.of(Dimension.hourOfDay(ZoneId.of("Europe/Rome"))), List.of(Dimension.DAY), List.of(Dimension.WEEK),
            List.of(Dimension.TEAM, Dimension.TIER));

    private static List<Interaction> generatedWeek() {
        List<Interaction> all = new ArrayList<>();
        SyntheticContactCentre.generate(GeneratorConfig.ofDefaults().toBuilder().days(8).contactsPerDay(300)
                .spikes(List.of()).build(), new GeneratedDataSink() {
                    @Override
                    public void interaction(Interaction interaction) {
                        all.add(interaction);
                    }
                });
        return List.copyOf(all);
    }

    @Provide
    Arbitrary<List<Interaction>> ties() {
        return FcrTestData.interactions();
    }

    @Property(tries = 25)
    void generatedDataGivesTheSameFiguresInAnyOrder(@ForAll @IntRange(min = 1, max = 4) int shards,
            @ForAll Random random, @ForAll boolean censored) {
        assertSameInAnyOrder(WEEK, shards, random, config(censored, FcrVariant.ofDefaults()));
    }

    @Property(tries = 200)
    void tiesAndSharedCasesGiveTheSameFiguresInAnyOrder(@ForAll("ties") List<Interaction> interactions,
            @ForAll @IntRange(min = 1, max = 4) int shards, @ForAll Random random, @ForAll boolean censored,
            @ForAll @IntRange(min = 0, max = 2) int variant) {
        FcrVariant fcr = switch (variant) {
            case 0 -> FcrVariant.repeatWithin(Duration.ofDays(2), RepeatScope.PER_ISSUE);
            case 1 -> FcrVariant.ticket();
            default -> FcrVariant.survey();
        };
        assertSameInAnyOrder(interactions, shards, random, config(censored, fcr));
    }

    private static StandardKpis.Config config(boolean censored, FcrVariant fcr) {
        return StandardKpis.Config.builder().fcr(fcr).censorAtAsOf(censored).build();
    }

    private static void assertSameInAnyOrder(List<Interaction> interactions, int shards, Random random,
            StandardKpis.Config config) {
        StandardKpis sorted = StandardKpis.create(config, GROUPINGS);
        FcrTestData.sorted(interactions).forEach(sorted::accept);

        StandardKpis shuffled = StandardKpis.create(config, GROUPINGS);
        List<List<Interaction>> parts = FcrTestData.shuffledShards(interactions, shards, random);
        List<StandardKpis> sets = new ArrayList<>();
        for (List<Interaction> part : parts) {
            StandardKpis set = StandardKpis.create(config, GROUPINGS);
            part.forEach(set::accept);
            sets.add(set);
        }
        Collections.shuffle(sets, random);
        sets.forEach(shuffled::combine);

        assertThat(shuffled.groupedResults()).isEqualTo(sorted.groupedResults());
        assertThat(shuffled.results()).isEqualTo(sorted.results());
        assertThat(shuffled.fcrCounts()).isEqualTo(sorted.fcrCounts());
    }
}
