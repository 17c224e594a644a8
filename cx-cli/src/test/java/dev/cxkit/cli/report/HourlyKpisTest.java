package dev.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.ServiceLevelConfig;
import dev.cxkit.test.TestInteractions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HourlyKpisTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 5 January 2026, 00:00 in Berlin (UTC+1 in winter). */
    private static final Instant MIDNIGHT_BERLIN = Instant.parse("2026-01-04T23:00:00Z");

    @Test
    void groupsContactsByLocalHourOfDay() {
        HourlyKpis hourly = HourlyKpis.create(BERLIN);

        // 08:30 UTC is 09:30 in Berlin; 23:10 UTC on the 5th is 00:10 on the 6th in Berlin.
        hourly.accept(TestInteractions.phoneCall().queuedAt(Instant.parse("2026-01-05T08:30:00Z"))
                .answeredAfter(Duration.ofSeconds(5)).talk(Duration.ofMinutes(3)).build());
        hourly.accept(TestInteractions.email().queuedAt(Instant.parse("2026-01-05T23:10:00Z")).build());

        List<HourlyKpis.Hour> hours = hourly.hours();
        assertThat(hours).hasSize(24).extracting(HourlyKpis.Hour::hour).containsExactlyElementsOf(range24());
        assertThat(hours.get(9).volume()).containsEntry(Channel.PHONE, 1L).containsEntry(Channel.EMAIL, 0L);
        assertThat(hours.get(0).volume()).containsEntry(Channel.EMAIL, 1L);
        assertThat(hours.get(8).totalVolume()).isZero();
        assertThat(hours.stream().mapToLong(HourlyKpis.Hour::totalVolume).sum()).isEqualTo(2);
    }

    @Test
    void serviceLevelAndSpeedOfAnswerCountLiveContactsOnly() {
        HourlyKpis hourly = HourlyKpis.create(BERLIN);
        Instant tenAm = MIDNIGHT_BERLIN.plus(Duration.ofHours(10));

        hourly.accept(TestInteractions.phoneCall().queuedAt(tenAm).answeredAfter(Duration.ofSeconds(10))
                .talk(Duration.ofMinutes(4)).build());
        hourly.accept(TestInteractions.chat().queuedAt(tenAm.plusSeconds(600)).firstReplyAfter(Duration.ofSeconds(60))
                .talk(Duration.ofMinutes(4)).build());
        hourly.accept(TestInteractions.phoneCall().queuedAt(tenAm.plusSeconds(1200)).abandonedAfter(Duration.ofSeconds(30))
                .build());
        hourly.accept(TestInteractions.email().queuedAt(tenAm.plusSeconds(1800)).build());

        HourlyKpis.Hour ten = hourly.hours().get(10);
        assertThat(ten.totalVolume()).isEqualTo(4);
        // Formula 3, T = 20 s: answered within T / offered live = 1 / 3 (the email is not offered to a live queue).
        assertThat(ten.serviceLevel().count()).isEqualTo(3);
        assertThat(ten.serviceLevel().value()).hasValue(1.0 / 3);
        // ASA over the two answered: (10 s + 60 s) / 2 = 35 s.
        assertThat(ten.averageSpeedOfAnswer().value()).hasValue(35.0);
    }

    @Test
    void hourWithoutLiveContactsHasEmptyServiceLevelNotZero() {
        HourlyKpis hourly = HourlyKpis.create(BERLIN);
        hourly.accept(TestInteractions.email().queuedAt(MIDNIGHT_BERLIN.plus(Duration.ofHours(3))).build());

        HourlyKpis.Hour three = hourly.hours().get(3);
        assertThat(three.totalVolume()).isEqualTo(1);
        assertThat(three.serviceLevel().isEmpty()).isTrue();
        assertThat(three.averageSpeedOfAnswer().isEmpty()).isTrue();
    }

    @Test
    void rejectsCombiningDifferentZonesOrServiceLevels() {
        HourlyKpis berlin = HourlyKpis.create(BERLIN);

        assertThatThrownBy(() -> berlin.combine(HourlyKpis.create(ZoneOffset.UTC)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Europe/Berlin").hasMessageContaining("Z");
        assertThatThrownBy(() -> berlin.combine(HourlyKpis.create(BERLIN,
                ServiceLevelConfig.builder().threshold(Duration.ofSeconds(30)).build())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT30S");
    }

    @Test
    void combiningWithItselfDoublesEveryCount() {
        HourlyKpis hourly = HourlyKpis.create(BERLIN);
        hourly.accept(TestInteractions.phoneCall().queuedAt(MIDNIGHT_BERLIN.plus(Duration.ofHours(9)))
                .answeredAfter(Duration.ofSeconds(5)).talk(Duration.ofMinutes(3)).build());

        hourly.combine(hourly);

        assertThat(hourly.hours().get(9).totalVolume()).isEqualTo(2);
        assertThat(hourly.hours().get(9).serviceLevel().count()).isEqualTo(2);
    }

    @Property(tries = 60)
    void combineOfShardsEqualsOnePass(@ForAll @Size(max = 40) List<@From("contacts") Interaction> contacts,
            @ForAll @IntRange(min = 0, max = 40) int cut) {
        int split = Math.min(cut, contacts.size());
        HourlyKpis whole = HourlyKpis.create(BERLIN);
        HourlyKpis first = HourlyKpis.create(BERLIN);
        HourlyKpis second = HourlyKpis.create(BERLIN);
        contacts.forEach(whole);
        contacts.subList(0, split).forEach(first);
        contacts.subList(split, contacts.size()).forEach(second);

        assertThat(second.combine(first).hours()).isEqualTo(whole.hours());
    }

    @Provide
    Arbitrary<Interaction> contacts() {
        Arbitrary<Channel> channel = Arbitraries.of(Channel.PHONE, Channel.CHAT, Channel.EMAIL);
        Arbitrary<Integer> minute = Arbitraries.integers().between(0, 3 * 24 * 60);
        Arbitrary<Integer> wait = Arbitraries.integers().between(0, 120);
        Arbitrary<Boolean> answered = Arbitraries.of(true, false);
        return Combinators.combine(channel, minute, wait, answered).as((c, m, w, a) -> {
            TestInteractions.Builder builder = TestInteractions.on(c).queuedAt(MIDNIGHT_BERLIN.plusSeconds(60L * m));
            if (c != Channel.EMAIL && !a) {
                return builder.abandonedAfter(Duration.ofSeconds(w)).build();
            }
            return (c == Channel.PHONE ? builder.answeredAfter(Duration.ofSeconds(w))
                    : builder.firstReplyAfter(Duration.ofSeconds(w))).talk(Duration.ofMinutes(2)).build();
        });
    }

    private static List<Integer> range24() {
        List<Integer> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(h);
        }
        return hours;
    }
}
