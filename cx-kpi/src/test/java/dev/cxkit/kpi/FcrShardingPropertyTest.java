package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.cxkit.core.Interaction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The repeat-based KPIs must give exactly the same answer in any input order and any split into
 * shards, because repeats of one customer often land in different shards.
 */
class FcrShardingPropertyTest {

    @Provide
    Arbitrary<List<Interaction>> interactions() {
        return FcrTestData.interactions();
    }

    @Provide
    Arbitrary<FcrVariant> variants() {
        Arbitrary<FcrVariant.RepeatWindow> repeat = Combinators.combine(
                Arbitraries.of(Duration.ofHours(6), Duration.ofHours(36), Duration.ofDays(2), Duration.ofDays(7)),
                Arbitraries.of(RepeatScope.class),
                Arbitraries.integers().between(-1, 40))
                .as((window, scope, end) -> {
                    FcrVariant.RepeatWindow variant = FcrVariant.repeatWithin(window, scope);
                    return end < 0 ? variant : variant.observedUntil(FcrTestData.MONDAY.plus(Duration.ofDays(end)));
                });
        return Arbitraries.frequencyOf(
                Tuple.of(4, repeat),
                Tuple.of(1, Arbitraries.just(FcrVariant.ticket())),
                Tuple.of(1, Arbitraries.just(FcrVariant.survey())));
    }

    @Provide
    Arbitrary<FcrVariant.RepeatWindow> repeatVariants() {
        return variants().filter(v -> v instanceof FcrVariant.RepeatWindow).map(v -> (FcrVariant.RepeatWindow) v);
    }

    private static <A extends KpiAccumulator<Interaction, A>> A inShards(List<Interaction> interactions, int shards,
            Random random, Supplier<A> factory) {
        A result = factory.get();
        for (List<Interaction> shard : FcrTestData.shuffledShards(interactions, shards, random)) {
            A part = factory.get();
            shard.forEach(part);
            result = random.nextBoolean() ? result.combine(part) : part.combine(result);
        }
        return result;
    }

    private static <A extends KpiAccumulator<Interaction, A>> A onePass(List<Interaction> interactions,
            Supplier<A> factory) {
        A result = factory.get();
        FcrTestData.sorted(interactions).forEach(result);
        return result;
    }

    @Property
    void fcrInShardsEqualsOneSortedPass(@ForAll("interactions") List<Interaction> interactions,
            @ForAll @IntRange(min = 2, max = 5) int shards, @ForAll Random random, @ForAll("variants") FcrVariant variant) {
        FirstContactResolution expected = onePass(interactions, () -> FirstContactResolution.create(variant));
        FirstContactResolution actual = inShards(interactions, shards, random, () -> FirstContactResolution.create(variant));

        assertThat(actual.counts()).isEqualTo(expected.counts());
        assertThat(actual.result()).isEqualTo(expected.result());
    }

    @Property
    void repeatRateInShardsEqualsOneSortedPass(@ForAll("interactions") List<Interaction> interactions,
            @ForAll @IntRange(min = 2, max = 5) int shards, @ForAll Random random,
            @ForAll("repeatVariants") FcrVariant.RepeatWindow variant) {
        RepeatContactRate expected = onePass(interactions, () -> RepeatContactRate.create(variant));
        RepeatContactRate actual = inShards(interactions, shards, random, () -> RepeatContactRate.create(variant));

        assertThat(actual.result()).isEqualTo(expected.result());
    }

    @Property
    void trendInShardsEqualsOneSortedPass(@ForAll("interactions") List<Interaction> interactions,
            @ForAll @IntRange(min = 2, max = 5) int shards, @ForAll Random random) {
        ContactReasonTrendConfig config = ContactReasonTrendConfig.builder().minimumCount(2).build();
        ContactReasonTrend expected = onePass(interactions, () -> ContactReasonTrend.create(config));
        ContactReasonTrend actual = inShards(interactions, shards, random, () -> ContactReasonTrend.create(config));

        assertThat(actual.weeks()).isEqualTo(expected.weeks());
        assertThat(actual.result()).isEqualTo(expected.result());
    }

    @Property
    void combineIsCommutative(@ForAll("interactions") List<Interaction> left,
            @ForAll("interactions") List<Interaction> right, @ForAll("variants") FcrVariant variant) {
        // Ids of the two lists may collide; that is harmless here, they are distinct contacts.
        Function<List<Interaction>, FirstContactResolution> run = list -> {
            FirstContactResolution fcr = FirstContactResolution.create(variant);
            list.forEach(fcr);
            return fcr;
        };

        assertThat(run.apply(left).combine(run.apply(right)).counts())
                .isEqualTo(run.apply(right).combine(run.apply(left)).counts());
    }

    @Property
    void ratesAreFractions(@ForAll("interactions") List<Interaction> interactions, @ForAll("variants") FcrVariant variant) {
        FirstContactResolution fcr = onePass(interactions, () -> FirstContactResolution.create(variant));
        assertThat(fcr.result().value()).satisfiesAnyOf(
                v -> assertThat(v).isEmpty(),
                v -> assertThat(v.getAsDouble()).isBetween(0.0, 1.0));
        if (variant instanceof FcrVariant.RepeatWindow window) {
            RepeatContactRate rate = onePass(interactions, () -> RepeatContactRate.create(window));
            assertThat(rate.result().value()).satisfiesAnyOf(
                    v -> assertThat(v).isEmpty(),
                    v -> assertThat(v.getAsDouble()).isBetween(0.0, 1.0));
        }
    }

    /** Checks the counts against the definitions applied pairwise, O(n²), without any sorting trick. */
    @Property
    void countsMatchTheDefinitionAppliedPairwise(@ForAll("interactions") List<Interaction> interactions,
            @ForAll("repeatVariants") FcrVariant.RepeatWindow variant) {
        long window = variant.window().toMillis();
        Instant end = variant.observedUntil();
        List<Interaction> measured = interactions.stream()
                .filter(i -> !i.isAbandoned() && (end == null || !i.queuedAt().isAfter(end))).toList();
        long repeats = 0;
        long eligible = 0;
        long resolved = 0;
        for (Interaction c : measured) {
            boolean repeat = false;
            boolean followed = false;
            for (Interaction d : measured) {
                if (d == c || !sameKey(c, d, variant.scope())) {
                    continue;
                }
                long gap = d.queuedAt().toEpochMilli() - c.queuedAt().toEpochMilli();
                boolean dBefore = gap < 0 || (gap == 0 && d.id().compareTo(c.id()) < 0);
                if (dBefore && -gap <= window) {
                    repeat = true;
                }
                if (!dBefore && gap <= window) {
                    followed = true;
                }
            }
            if (repeat) {
                repeats++;
            } else if (end == null || c.queuedAt().plusMillis(window).compareTo(end) <= 0) {
                eligible++;
                if (!followed) {
                    resolved++;
                }
            }
        }
        FcrCounts counts = onePass(interactions, () -> FirstContactResolution.create(variant)).counts();

        assertThat(counts.contacts()).isEqualTo(measured.size());
        assertThat(counts.repeats()).isEqualTo(repeats);
        assertThat(counts.eligible()).isEqualTo(eligible);
        assertThat(counts.resolved()).isEqualTo(resolved);
    }

    private static boolean sameKey(Interaction a, Interaction b, RepeatScope scope) {
        if (!a.customerId().equals(b.customerId())) {
            return false;
        }
        return scope == RepeatScope.PER_CUSTOMER || (a.reason() != null && Objects.equals(a.reason(), b.reason()));
    }
}
