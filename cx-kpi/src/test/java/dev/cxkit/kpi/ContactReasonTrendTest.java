package dev.cxkit.kpi;

import static dev.cxkit.kpi.FcrTestData.contact;
import static dev.cxkit.kpi.FcrTestData.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Interaction;
import org.junit.jupiter.api.Test;

class ContactReasonTrendTest {

    private int nextId;

    /** {@code counts[w]} contacts of {@code reason} in week w, week 0 being 2026-W10 (Monday 2026-03-02). */
    private List<Interaction> series(String reason, int... counts) {
        List<Interaction> result = new ArrayList<>();
        for (int w = 0; w < counts.length; w++) {
            for (int i = 0; i < counts[w]; i++) {
                result.add(contact("i-" + nextId++, "c-" + i, reason, day(7 * w + i % 7, 9)));
            }
        }
        return result;
    }

    private static ContactReasonTrend run(ContactReasonTrendConfig config, List<Interaction> interactions) {
        ContactReasonTrend trend = ContactReasonTrend.create(config);
        interactions.forEach(trend);
        return trend;
    }

    @Test
    void flagsAWeekAboveTheTrailingMeanPlusThreeSigma() {
        // Weeks 1-4: 10, 12, 8, 10 -> mean 10, population σ = sqrt((0 + 4 + 4 + 0) / 4) = sqrt(2) ≈ 1.414;
        // threshold 10 + 3 × 1.414 ≈ 14.24. Week 5: 15 > 14.24 and ≥ 10 -> spike.
        ContactReasonTrend trend = run(ContactReasonTrendConfig.ofDefaults(), series("billing", 10, 12, 8, 10, 15));

        assertThat(trend.spikes()).singleElement().satisfies(spike -> {
            assertThat(spike.reason()).isEqualTo(ContactReason.of("billing"));
            assertThat(spike.week()).isEqualTo("2026-W14");
            assertThat(spike.weekStart()).isEqualTo(LocalDate.parse("2026-03-30"));
            assertThat(spike.count()).isEqualTo(15);
            assertThat(spike.trailingMean()).hasValue(10.0);
            assertThat(spike.trailingSigma().getAsDouble()).isCloseTo(Math.sqrt(2), within(1e-12));
        });
        // Only week 5 has four trailing weeks: 1 tested reason-week, 1 spike.
        assertThat(trend.result()).isEqualTo(KpiValue.of("cx.kpi.contact_reason.weekly", "UTC/4w/k3/min10", 1, 1,
                KpiUnit.COUNT));
    }

    @Test
    void aWeekJustBelowTheThresholdIsNoSpike() {
        // Same baseline, week 5 = 14 < 14.24.
        ContactReasonTrend trend = run(ContactReasonTrendConfig.ofDefaults(), series("billing", 10, 12, 8, 10, 14));

        assertThat(trend.spikes()).isEmpty();
        assertThat(trend.result().value()).hasValue(0.0);
    }

    @Test
    void aWeekBelowTheMinimumCountIsNoSpikeHoweverSteep() {
        // Weeks 1-4: 1, 2, 0, 1 -> mean 1, σ = sqrt((0 + 1 + 1 + 0) / 4) ≈ 0.707, threshold ≈ 3.12.
        // Week 5: 9 is far above it but below the minimum of 10 -> no spike; with minimum 9 it is one.
        List<Interaction> interactions = series("returns", 1, 2, 0, 1, 9);

        assertThat(run(ContactReasonTrendConfig.ofDefaults(), interactions).spikes()).isEmpty();
        assertThat(run(ContactReasonTrendConfig.builder().minimumCount(9).build(), interactions).spikes())
                .extracting(ContactReasonTrend.ReasonWeek::week).containsExactly("2026-W14");
    }

    @Test
    void countsMissingWeeksAsZeroAndUsesThePopulationSigma() {
        // "other" spans weeks 1-5, so billing's missing weeks 1-3 are zeros: baseline 0, 0, 0, 12 ->
        // mean 3, population σ = sqrt((9 + 9 + 9 + 81) / 4) = sqrt(27) ≈ 5.196, threshold ≈ 18.59: 20 is a spike.
        // (Skipping missing weeks would give mean 12; a sample σ = 6 would give threshold 21: no spike.)
        List<Interaction> interactions = new ArrayList<>(series("other", 1, 1, 1, 1, 1));
        interactions.addAll(series("billing", 0, 0, 0, 12, 20));

        ContactReasonTrend trend = run(ContactReasonTrendConfig.ofDefaults(), interactions);

        assertThat(trend.spikes()).singleElement().satisfies(spike -> {
            assertThat(spike.reason().key()).isEqualTo("billing");
            assertThat(spike.trailingMean()).hasValue(3.0);
            assertThat(spike.trailingSigma().getAsDouble()).isCloseTo(Math.sqrt(27), within(1e-12));
        });
        // Both reasons, all five weeks, zero weeks included; the first four weeks are not tested.
        assertThat(trend.weeks()).hasSize(10);
        assertThat(trend.weeks().get(0)).satisfies(first -> {
            assertThat(first.reason().key()).isEqualTo("billing");
            assertThat(first.week()).isEqualTo("2026-W10");
            assertThat(first.count()).isZero();
            assertThat(first.isTested()).isFalse();
        });
        assertThat(trend.result().count()).isEqualTo(2);
    }

    @Test
    void weeksFollowTheConfiguredZone() {
        // Sunday 2026-03-08 23:30 UTC is Monday 00:30 in Berlin (UTC+1 before the March DST change).
        Instant sundayNight = Instant.parse("2026-03-08T23:30:00Z");
        List<Interaction> one = List.of(contact("i-1", "c-1", "billing", sundayNight));

        assertThat(run(ContactReasonTrendConfig.ofDefaults(), one).weeks().get(0).week()).isEqualTo("2026-W10");
        assertThat(run(ContactReasonTrendConfig.builder().zone(ZoneId.of("Europe/Berlin")).build(), one).weeks()
                .get(0).week()).isEqualTo("2026-W11");
    }

    @Test
    void combinedShardsGiveTheSameWeeksAsOnePass() {
        List<Interaction> all = series("billing", 10, 12, 8, 10, 15);
        ContactReasonTrend even = ContactReasonTrend.create();
        ContactReasonTrend odd = ContactReasonTrend.create();
        for (int i = 0; i < all.size(); i++) {
            (i % 2 == 0 ? even : odd).accept(all.get(i));
        }

        assertThat(odd.combine(even).weeks()).isEqualTo(run(ContactReasonTrendConfig.ofDefaults(), all).weeks());
    }

    @Test
    void countsContactsWithoutReasonSeparately() {
        ContactReasonTrend trend = run(ContactReasonTrendConfig.ofDefaults(),
                List.of(contact("i-1", "c-1", null, day(0, 9)), contact("i-2", "c-1", "billing", day(0, 9))));

        assertThat(trend.unclassified()).isEqualTo(1);
        assertThat(trend.weeks()).extracting(ContactReasonTrend.ReasonWeek::count).containsExactly(1L);
    }

    @Test
    void emptyOrShortInputGivesAnEmptyValue() {
        assertThat(ContactReasonTrend.create().result())
                .isEqualTo(KpiValue.empty("cx.kpi.contact_reason.weekly", "UTC/4w/k3/min10", 0, KpiUnit.COUNT));
        assertThat(ContactReasonTrend.create().weeks()).isEmpty();
        // Four weeks of data: no week has four trailing weeks, nothing can be tested.
        assertThat(run(ContactReasonTrendConfig.ofDefaults(), series("billing", 10, 12, 8, 10)).result().isEmpty())
                .isTrue();
    }

    @Test
    void rejectsOutOfRangeSettings() {
        assertThatThrownBy(() -> ContactReasonTrendConfig.builder().trailingWeeks(1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trailingWeeks (1)");
        assertThatThrownBy(() -> ContactReasonTrendConfig.builder().sigmas(Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigmas (NaN)");
        assertThatThrownBy(() -> ContactReasonTrendConfig.builder().minimumCount(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumCount (0)");
    }

    @Test
    void rejectsCombiningDifferentSettings() {
        ContactReasonTrend berlin = ContactReasonTrend.create(
                ContactReasonTrendConfig.ofDefaults().toBuilder().zone(ZoneId.of("Europe/Berlin")).build());

        assertThatThrownBy(() -> ContactReasonTrend.create().combine(berlin))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Europe/Berlin/4w/k3/min10");
    }
}
