package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

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
                .add("fcr-survey", () -> FirstContactResolution.create(FcrVariant.survey()))
                .add("trend", () -> ContactReasonTrend.create(ContactReasonTrendConfig.builder().minimumCount(2).build()))
                .groupBy(Dimension.CHANNEL, Dimension.TEAM)
                .groupBy(Dimension.WEEK)
                .groupBy(Dimension.TIER, Dimension.AGENT, Dimension.REASON)
                .groupBy(Dimension.day(ZoneId.of("Asia/Tokyo")), Dimension.HOUR);
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

    /**
     * The repeat-contact rate reads the store of an FCR with the same repeat window instead of
     * keeping its own; its values, overall and in every group, must be those it gives with a store
     * of its own (a set without that FCR).
     */
    @Property(tries = 200)
    void aRepeatRateReadingTheFcrStoreEqualsOneWithItsOwn(@ForAll("interactions") List<Interaction> interactions) {
        KpiSet shared = builder().build();
        KpiSet alone = KpiSet.builder()
                .add("repeat", () -> RepeatContactRate.create(PER_ISSUE))
                .groupBy(Dimension.CHANNEL, Dimension.TEAM)
                .groupBy(Dimension.WEEK)
                .groupBy(Dimension.TIER, Dimension.AGENT, Dimension.REASON)
                .groupBy(Dimension.day(ZoneId.of("Asia/Tokyo")), Dimension.HOUR)
                .build();
        interactions.forEach(shared);
        interactions.forEach(alone);

        assertThat(shared.results().stream().filter(v -> v.name().equals("repeat")).toList())
                .isEqualTo(alone.results());
    }

    @Property(tries = 300)
    void perGroupKpisEqualTheKpiRunOnThatGroupsInteractionsAlone(@ForAll("interactions") List<Interaction> interactions) {
        KpiSet set = builder().build();
        interactions.forEach(set);

        for (GroupedKpiValue grouped : set.results()) {
            if (!grouped.name().equals("trend") && !grouped.name().equals("fcr-survey")) {
                continue;
            }
            List<Interaction> members = interactions.stream().filter(i -> matches(i, grouped.tags())).toList();
            KpiAccumulator<Interaction, ?> alone = grouped.name().equals("trend")
                    ? ContactReasonTrend.create(ContactReasonTrendConfig.builder().minimumCount(2).build())
                    : FirstContactResolution.create(FcrVariant.survey());
            members.forEach(alone);
            assertThat(grouped.value()).as(grouped.name() + " " + grouped.tags()).isEqualTo(alone.result());
        }
    }

    /**
     * Issue 20 item 4: repeats (and a case's further contacts) are found across all groups; a first
     * contact's outcome is counted in its own group, a repeat in the repeat's group. Checked against a
     * brute-force reading of the definitions, with contacts of one key at the same millisecond ordered
     * by their group's tags.
     */
    @Property(tries = 300)
    void repeatOutcomesAreFoundAcrossGroupsAndCountedInTheContactsGroup(
            @ForAll("interactions") List<Interaction> interactions) {
        KpiSet set = builder().build();
        interactions.forEach(set);

        Map<Map<String, String>, long[]> fcr = new HashMap<>();
        Map<Map<String, String>, long[]> repeat = new HashMap<>();
        Map<Map<String, String>, long[]> ticket = new HashMap<>();
        for (List<Dimension> grouping : GROUPINGS) {
            bruteForce(interactions, grouping, fcr, repeat, ticket);
        }
        bruteForce(interactions, List.of(), fcr, repeat, ticket);
        for (GroupedKpiValue grouped : set.results()) {
            long[] expected = switch (grouped.name()) {
                case "fcr" -> fcr.get(grouped.tags());
                case "repeat" -> repeat.get(grouped.tags());
                case "fcr-ticket" -> ticket.get(grouped.tags());
                default -> null;
            };
            if (expected == null) {
                continue;
            }
            KpiValue value = grouped.value();
            assertThat(value.count()).as(grouped.name() + " " + grouped.tags()).isEqualTo(expected[1]);
            if (expected[1] > 0) {
                assertThat(value.value().getAsDouble()).as(grouped.name() + " " + grouped.tags())
                        .isEqualTo((double) expected[0] / expected[1]);
            }
        }
    }

    private static final List<List<Dimension>> GROUPINGS = List.of(List.of(Dimension.CHANNEL, Dimension.TEAM),
            List.of(Dimension.WEEK), List.of(Dimension.TIER, Dimension.AGENT, Dimension.REASON),
            List.of(Dimension.day(ZoneId.of("Asia/Tokyo")), Dimension.HOUR));

    /** Adds {numerator, denominator} per group of one grouping, read straight from the definitions. */
    private static void bruteForce(List<Interaction> all, List<Dimension> grouping,
            Map<Map<String, String>, long[]> fcr, Map<Map<String, String>, long[]> repeat,
            Map<Map<String, String>, long[]> ticket) {
        Function<Interaction, Map<String, String>> tagsOf = i -> {
            Map<String, String> tags = new TreeMap<>();
            grouping.forEach(d -> tags.put(d.key(), d.valueOf(i)));
            return tags;
        };
        Comparator<Interaction> order = Comparator.comparing(Interaction::queuedAt)
                .thenComparing(i -> grouping.stream().map(d -> d.valueOf(i)).toList(), KpiSetPropertyTest::compareTags);
        List<Interaction> answered = all.stream().filter(i -> !i.isAbandoned()).sorted(order).toList();
        for (Interaction interaction : all) {
            fcr.computeIfAbsent(tagsOf.apply(interaction), t -> new long[2]);
            repeat.computeIfAbsent(tagsOf.apply(interaction), t -> new long[2]);
            ticket.computeIfAbsent(tagsOf.apply(interaction), t -> new long[2]);
        }
        long window = PER_ISSUE.window().toMillis();
        for (int c = 0; c < answered.size(); c++) {
            Interaction contact = answered.get(c);
            long at = contact.queuedAt().toEpochMilli();
            boolean isRepeat = false;
            boolean repeated = false;
            for (int d = 0; d < answered.size(); d++) {
                Interaction other = answered.get(d);
                if (d == c || contact.reason() == null || !sameKey(contact, other)) {
                    continue;
                }
                long gap = at - other.queuedAt().toEpochMilli();
                if (d < c && gap <= window) {
                    isRepeat = true;
                }
                if (d > c && -gap <= window) {
                    repeated = true;
                }
            }
            long[] r = repeat.get(tagsOf.apply(contact));
            r[1]++;
            if (isRepeat) {
                r[0]++;
            } else {
                long[] f = fcr.get(tagsOf.apply(contact));
                f[1]++;
                if (!repeated) {
                    f[0]++;
                }
            }
        }
        Map<String, List<Interaction>> cases = new HashMap<>();
        for (Interaction interaction : answered) {
            if (interaction.caseId() != null) {
                cases.computeIfAbsent(interaction.caseId().value(), k -> new ArrayList<>()).add(interaction);
            }
        }
        for (List<Interaction> contacts : cases.values()) {
            Interaction first = contacts.stream().min(Comparator.comparing(Interaction::queuedAt)
                    .thenComparing(i -> i.id().value().hashCode())
                    .thenComparing(i -> grouping.stream().map(d -> d.valueOf(i)).toList(),
                            KpiSetPropertyTest::compareTags)).orElseThrow();
            if (contacts.size() == 1 && first.resolved() == null) {
                continue;
            }
            long[] t = ticket.get(tagsOf.apply(first));
            t[1]++;
            if (contacts.size() == 1 && first.resolved()) {
                t[0]++;
            }
        }
    }

    private static boolean sameKey(Interaction a, Interaction b) {
        return a.customerId().equals(b.customerId()) && b.reason() != null
                && a.reason().key().equals(b.reason().key());
    }

    private static int compareTags(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
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
                Dimension.AGENT, Dimension.REASON, Dimension.day(ZoneId.of("Asia/Tokyo")), Dimension.HOUR)) {
            String tag = tags.get(dimension.key());
            if (tag != null && !tag.equals(dimension.valueOf(interaction))) {
                return false;
            }
        }
        return true;
    }
}
