package dev.cxkit.kpi;

import static dev.cxkit.kpi.CoverageFixture.BERLIN_HOURS;
import static dev.cxkit.kpi.CoverageFixture.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;

import dev.cxkit.core.Channel;
import org.junit.jupiter.api.Test;

class ClosingHourWhatIfTest {

    private static ClosingHourWhatIf of(String... localArrivals) {
        ClosingHourWhatIf whatIf = ClosingHourWhatIf.create(ChannelCalendars.of(BERLIN_HOURS));
        for (String arrival : localArrivals) {
            whatIf.accept(contact(Channel.PHONE, arrival).build());
        }
        return whatIf;
    }

    private static long gained(ClosingHourWhatIf whatIf, LocalTime closing) {
        return whatIf.curve(Channel.PHONE, List.of(closing)).get(0).gainedContacts();
    }

    @Test
    void aContactAtTheCloseIsGainedByAnHourMoreButNotByTheCurrentClose() {
        ClosingHourWhatIf whatIf = of("2026-03-02T19:59:59", "2026-03-02T20:00:00");
        assertThat(gained(whatIf, LocalTime.of(20, 0))).isZero();
        assertThat(gained(whatIf, LocalTime.of(21, 0))).isEqualTo(1);
        assertThat(whatIf.result().value()).hasValue(0.5);
    }

    @Test
    void aContactASecondBeforeTheCandidateCloseIsGainedAndOneAtItIsNot() {
        ClosingHourWhatIf whatIf = of("2026-03-02T20:59:59", "2026-03-02T21:00:00");
        assertThat(gained(whatIf, LocalTime.of(21, 0))).isEqualTo(1);
        assertThat(gained(whatIf, LocalTime.of(22, 0))).isEqualTo(2);
    }

    @Test
    void contactsAfterMidnightBelongToTheNextDayAndAreNeverGained() {
        ClosingHourWhatIf whatIf = of("2026-03-02T23:59:00", "2026-03-03T00:30:00");
        assertThat(gained(whatIf, LocalTime.MIDNIGHT)).isEqualTo(1);
        assertThat(whatIf.curve(Channel.PHONE, List.of(LocalTime.MIDNIGHT)).get(0).coverage().value()).hasValue(0.5);
    }

    @Test
    void holidaysAndClosedDaysAreNotOpenedByALaterClose() {
        ClosingHourWhatIf whatIf = of("2026-04-03T21:00:00", "2026-03-08T21:00:00");
        assertThat(gained(whatIf, LocalTime.MIDNIGHT)).isZero();
    }

    @Test
    void aDayThatClosesEarlierIsStretchedToTheCandidate() {
        // Saturday closes at 14:00: a 20:00 close would serve a Saturday 15:00 contact.
        ClosingHourWhatIf whatIf = of("2026-03-07T15:00:00");
        assertThat(gained(whatIf, LocalTime.of(14, 0))).isZero();
        assertThat(gained(whatIf, LocalTime.of(20, 0))).isEqualTo(1);
    }

    @Test
    void theCurveRunsHourlyFromTheEarliestCloseToTheLastCandidate() {
        ClosingHourWhatIf whatIf = of("2026-03-02T10:00:00", "2026-03-02T20:30:00", "2026-03-02T22:10:00",
                "2026-03-03T06:00:00");
        List<ClosingHourWhatIf.Point> curve = whatIf.curve(Channel.PHONE, LocalTime.MIDNIGHT);

        assertThat(whatIf.earliestClose(Channel.PHONE)).isEqualTo(LocalTime.of(14, 0));
        assertThat(curve).extracting(p -> ClosingHourWhatIf.label(p.closingTime())).containsExactly("14:00", "15:00",
                "16:00", "17:00", "18:00", "19:00", "20:00", "21:00", "22:00", "23:00", "24:00");
        assertThat(curve).extracting(ClosingHourWhatIf.Point::gainedContacts)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 2L, 2L);
        assertThat(curve.get(10).coverage().value()).hasValue(0.75);
        assertThat(curve.get(10).coverage().variant()).isEqualTo("opening-hours/close=24:00");
    }

    @Test
    void aChannelWithoutContactsHasAnEmptyCoverage() {
        ClosingHourWhatIf whatIf = of();
        assertThat(whatIf.curve(Channel.EMAIL, List.of(LocalTime.of(21, 0))).get(0).coverage().isEmpty()).isTrue();
        assertThat(whatIf.result().isEmpty()).isTrue();
    }

    @Test
    void refusesACandidateOffTheMinute() {
        assertThatThrownBy(() -> of().curve(Channel.PHONE, List.of(LocalTime.of(20, 30, 15))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20:30:15")
                .hasMessageContaining("Maybe round it to 20:30");
    }
}
