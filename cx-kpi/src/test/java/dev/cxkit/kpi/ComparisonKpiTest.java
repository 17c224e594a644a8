package dev.cxkit.kpi;

import static dev.cxkit.kpi.ContactFixture.T0;
import static dev.cxkit.kpi.ContactFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.cxkit.core.CesScore;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Transfer;
import dev.cxkit.core.Tier;
import dev.cxkit.core.AgentId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ComparisonKpiTest {

    /** A phone contact with one frustration cue ({@code acknowledged} may be null) and a CES answer on the 1–5 scale. */
    private static Interaction cue(@Nullable Boolean acknowledged, @Nullable Integer ces) {
        Interaction.Builder b = ContactFixture.phone(0).addEmotionalCue(new EmotionalCue(at(10), "frustration", acknowledged));
        if (ces != null) {
            b.feedback(ContactFixture.survey(null, CesScore.of(ces, 5), null));
        }
        return b.build();
    }

    private static GroupComparison effortByAcknowledgement(List<Interaction> contacts) {
        GroupComparison c = GroupComparison.create(ContactMeasure.CES_EFFORT, ContactGroups.EMOTION_ACKNOWLEDGED);
        contacts.forEach(c);
        return c;
    }

    @Test
    void comparesEffortWithAndWithoutAcknowledgementByWelchsInterval() {
        List<Interaction> contacts = new ArrayList<>();
        for (int ces : new int[] {2, 3, 2, 1, 2, 3, 2, 2}) {
            contacts.add(cue(true, ces));
        }
        for (int ces : new int[] {4, 3, 5, 4, 3, 4}) {
            contacts.add(cue(false, ces));
        }

        Comparison result = effortByAcknowledgement(contacts).comparison();

        // Reference: scipy 1.17.1, stats.ttest_ind(b, a, equal_var=False).confidence_interval(0.95) on the same
        // two samples: mean 2.125 vs 3.8333, difference 1.70833, df 9.8371, interval [0.855680, 2.560987].
        assertThat(result).isInstanceOf(Comparison.Compared.class);
        Comparison.Compared c = (Comparison.Compared) result;
        assertThat(c.first().name()).isEqualTo("cues acknowledged");
        assertThat(c.first().count()).isEqualTo(8);
        assertThat(c.second().count()).isEqualTo(6);
        assertThat(c.first().mean()).isCloseTo(2.125, within(1e-12));
        assertThat(c.difference()).isCloseTo(1.7083333333, within(1e-9));
        assertThat(c.degreesOfFreedom()).isCloseTo(9.83710688, within(1e-6));
        assertThat(c.low()).isCloseTo(0.85568007, within(1e-6));
        assertThat(c.high()).isCloseTo(2.56098660, within(1e-6));
        assertThat(c.beyondNoise()).isTrue();
        assertThat(c.unit()).isEqualTo(KpiUnit.SCORE);
    }

    @Test
    void aCueWhoseAcknowledgementIsNotRecordedAndAnUnansweredSurveyDecideNothing() {
        List<Interaction> contacts = new ArrayList<>(List.of(cue(true, 2), cue(true, 3), cue(false, 4), cue(false, 5)));
        contacts.add(cue(null, 1));          // near miss: cue, but acknowledgement not recorded
        contacts.add(cue(true, null));       // acknowledged, but no CES answer: not recorded, not 0
        contacts.add(ContactFixture.answered(5)); // no cue at all

        GroupComparison comparison = effortByAcknowledgement(contacts);
        Comparison.Compared c = (Comparison.Compared) comparison.comparison();

        assertThat(c.first().count()).isEqualTo(2);
        assertThat(c.first().notRecorded()).isEqualTo(1);
        assertThat(c.second().count()).isEqualTo(2);
        assertThat(comparison.outsideCount()).isEqualTo(2);
        assertThat(comparison.result().value()).hasValue(2.0);
        assertThat(comparison.result().id()).isEqualTo("cx.kpi.compare.ces_effort.emotion_acknowledged");
    }

    @Test
    void saysWhyWhenAGroupIsTooSmallOrNothingVaries() {
        Comparison small = effortByAcknowledgement(List.of(cue(true, 2), cue(true, 3), cue(false, 4))).comparison();
        Comparison flat = effortByAcknowledgement(List.of(cue(true, 2), cue(true, 2), cue(false, 4), cue(false, 4)))
                .comparison();

        assertThat(small).isInstanceOfSatisfying(Comparison.NotCompared.class,
                n -> assertThat(n.reason()).contains("fewer than 2", "a cue not acknowledged"));
        assertThat(flat).isInstanceOfSatisfying(Comparison.NotCompared.class,
                n -> assertThat(n.reason()).contains("no variation"));
        assertThat(effortByAcknowledgement(List.of()).result().value()).isEmpty();
    }

    @Test
    void aWarmTransferNearAColdOneCountsAsCold() {
        Interaction warm = ContactFixture.transferredTo(Tier.T2);
        Interaction mixed = ContactFixture.phone(0)
                .addTransfer(new Transfer(at(10), AgentId.of("a-9"), Tier.T2, true, "summary"))
                .addTransfer(new Transfer(at(20), AgentId.of("a-8"), Tier.T3, false, null)).build();
        Interaction unknown = ContactFixture.phone(0)
                .addTransfer(new Transfer(at(10), AgentId.of("a-9"), Tier.T2, null, null)).build();

        assertThat(ContactGroups.WARM_TRANSFER.inFirst().test(warm)).isTrue();
        assertThat(ContactGroups.WARM_TRANSFER.inSecond().test(mixed)).isTrue();
        assertThat(ContactGroups.WARM_TRANSFER.inFirst().test(mixed)).isFalse();
        assertThat(ContactGroups.WARM_TRANSFER.inFirst().test(unknown)).isFalse();
        assertThat(ContactGroups.WARM_TRANSFER.inSecond().test(unknown)).isFalse();
    }

    @Test
    void measuresSayNotRecordedRatherThanZero() {
        Interaction abandoned = ContactFixture.abandoned(30);
        Interaction noFeedback = ContactFixture.answered(5);

        assertThat(ContactMeasure.HANDLE_TIME.valueOf(abandoned)).isNaN();
        assertThat(ContactMeasure.CSAT_TOP_BOX.valueOf(noFeedback)).isNaN();
        assertThat(ContactMeasure.ABANDONED.valueOf(abandoned)).isEqualTo(1.0);
        assertThat(ContactMeasure.QUEUE_WAIT.valueOf(ContactFixture.email(60))).isNaN();
        assertThat(ContactMeasure.parse("Handle-Time")).isSameAs(ContactMeasure.HANDLE_TIME);
        assertThatThrownBy(() -> ContactMeasure.parse("aht")).hasMessageContaining("known: handle-time");
        assertThatThrownBy(() -> ContactGroups.parse("bot")).hasMessageContaining("emotion-acknowledged");
    }

    @Test
    void aWeekThatMovedBeyondNoiseIsFlaggedAgainstTheFourBefore() {
        PeriodComparison weekly = PeriodComparison.create(ContactMeasure.HANDLE_TIME, PeriodComparison.Period.WEEK,
                ZoneOffset.UTC);
        Random random = new Random(7);
        // T0 is Monday 2026-03-02: four steady weeks of about 300 s, then a week of about 400 s.
        for (int week = 0; week < 5; week++) {
            for (int i = 0; i < 40; i++) {
                long talk = (week == 4 ? 400 : 300) + random.nextInt(41) - 20;
                weekly.accept(ContactFixture.phone(0).queuedAt(T0.plus(Duration.ofDays(7L * week + i % 5)))
                        .answeredAt(T0.plus(Duration.ofDays(7L * week + i % 5)))
                        .endedAt(T0.plus(Duration.ofDays(7L * week + i % 5)).plusSeconds(talk))
                        .talk(Duration.ofSeconds(talk)).hold(Duration.ZERO).afterContactWork(Duration.ZERO).build());
            }
        }

        List<PeriodComparison.Change> changes = weekly.changes();

        assertThat(changes).hasSize(4);
        assertThat(changes.get(0).comparison().first().name()).isEqualTo("1 of the 4 weeks before");
        PeriodComparison.Change latest = weekly.latest();
        assertThat(latest).isNotNull();
        assertThat(latest.start()).hasToString("2026-03-30");
        Comparison.Compared c = (Comparison.Compared) latest.comparison();
        assertThat(c.first().name()).isEqualTo("the 4 weeks before");
        assertThat(c.first().count()).isEqualTo(160);
        assertThat(c.difference()).isBetween(90.0, 110.0);
        assertThat(c.beyondNoise()).isTrue();
        Comparison.Compared steady = (Comparison.Compared) changes.get(2).comparison();
        assertThat(steady.beyondNoise()).isFalse();
    }

    @Test
    void aMonthIsComparedWithTheSameMonthAYearBeforeOnly() {
        PeriodComparison monthly = PeriodComparison.create(ContactMeasure.RESOLVED, PeriodComparison.Period.MONTH,
                ZoneOffset.UTC);
        for (int i = 0; i < 10; i++) {
            monthly.accept(ContactFixture.phone(0).resolved(i % 2 == 0).build()); // March 2026
            monthly.accept(ContactFixture.phone(0).queuedAt(T0.minus(Duration.ofDays(365)))
                    .answeredAt(T0.minus(Duration.ofDays(365))).endedAt(T0.minus(Duration.ofDays(365)).plusSeconds(60))
                    .resolved(i % 5 != 0).build()); // March 2025
            monthly.accept(ContactFixture.phone(0).queuedAt(T0.minus(Duration.ofDays(30)))
                    .answeredAt(T0.minus(Duration.ofDays(30))).endedAt(T0.minus(Duration.ofDays(30)).plusSeconds(60))
                    .resolved(true).build()); // January 2026: no January 2025, so no comparison
        }

        List<PeriodComparison.Change> changes = monthly.changes();

        assertThat(changes).hasSize(1);
        Comparison.Compared c = (Comparison.Compared) changes.get(0).comparison();
        assertThat(c.first().name()).isEqualTo("2025-03");
        assertThat(c.second().name()).isEqualTo("2026-03");
        assertThat(c.difference()).isCloseTo(0.5 - 0.8, within(1e-12));
    }

    @Property(tries = 100)
    void shardsCombinedEqualOnePass(@ForAll("interactions") List<Interaction> all,
            @ForAll @IntRange(min = 2, max = 4) int shardCount, @ForAll long seed) {
        for (ContactMeasure measure : ContactMeasure.standard()) {
            for (ContactGroups groups : ContactGroups.standard()) {
                GroupComparison onePass = GroupComparison.create(measure, groups);
                all.forEach(onePass);
                GroupComparison merged = GroupComparison.create(measure, groups);
                Random random = new Random(seed);
                List<GroupComparison> shards = new ArrayList<>();
                for (int i = 0; i < shardCount; i++) {
                    shards.add(GroupComparison.create(measure, groups));
                }
                all.forEach(i -> shards.get(random.nextInt(shardCount)).accept(i));
                shards.forEach(merged::combine);
                assertSame(merged.comparison(), onePass.comparison());
                assertThat(merged.outsideCount()).isEqualTo(onePass.outsideCount());
            }
            PeriodComparison weeklyOnePass = PeriodComparison.create(measure, PeriodComparison.Period.WEEK, ZoneOffset.UTC);
            all.forEach(weeklyOnePass);
            PeriodComparison a = PeriodComparison.create(measure, PeriodComparison.Period.WEEK, ZoneOffset.UTC);
            PeriodComparison b = PeriodComparison.create(measure, PeriodComparison.Period.WEEK, ZoneOffset.UTC);
            Random random = new Random(seed);
            all.forEach(i -> (random.nextBoolean() ? a : b).accept(i));
            List<PeriodComparison.Change> merged = a.combine(b).changes();
            List<PeriodComparison.Change> one = weeklyOnePass.changes();
            assertThat(merged).hasSameSizeAs(one);
            for (int i = 0; i < one.size(); i++) {
                assertThat(merged.get(i).start()).isEqualTo(one.get(i).start());
                assertSame(merged.get(i).comparison(), one.get(i).comparison());
            }
        }
    }

    /** Counts equal exactly; means and bounds up to floating-point rounding of the pairwise merge. */
    private static void assertSame(Comparison merged, Comparison onePass) {
        assertThat(merged.getClass()).isEqualTo(onePass.getClass());
        assertThat(merged.first().count()).isEqualTo(onePass.first().count());
        assertThat(merged.second().count()).isEqualTo(onePass.second().count());
        assertThat(merged.first().notRecorded()).isEqualTo(onePass.first().notRecorded());
        assertThat(merged.second().notRecorded()).isEqualTo(onePass.second().notRecorded());
        if (merged instanceof Comparison.Compared m && onePass instanceof Comparison.Compared o) {
            double scale = 1e-9 * Math.max(1, Math.abs(o.high() - o.low()) + Math.abs(o.difference()));
            assertThat(m.difference()).isCloseTo(o.difference(), within(scale));
            assertThat(m.low()).isCloseTo(o.low(), within(scale * 10));
            assertThat(m.high()).isCloseTo(o.high(), within(scale * 10));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Interaction>> interactions() {
        return net.jqwik.api.Arbitraries.randomValue(ComparisonKpiTest::randomContact).list().ofMaxSize(60);
    }

    private static Interaction randomContact(Random r) {
        Interaction base = KpiAccumulatorLawsTest.randomInteraction(r);
        if (base.isAbandoned() || r.nextInt(3) == 0) {
            return base;
        }
        return base.toBuilder().addEmotionalCue(new EmotionalCue(base.answeredAt(), "frustration",
                r.nextInt(4) == 0 ? null : r.nextBoolean())).build();
    }
}
