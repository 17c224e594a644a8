package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.InstantBounds;
import dev.cxkit.core.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 item 6: every instant a reader accepts lies in 1970–2200; no KPI arithmetic may overflow
 * on such input, however far apart its instants are.
 */
class InstantRangeArithmeticTest {

    private static final Instant FIRST = InstantBounds.START;
    private static final Instant LAST = InstantBounds.END.minusNanos(1);

    private static List<Interaction> farApart() {
        List<Interaction> list = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Interaction.Builder b = Interaction.builder(InteractionId.of("i-" + i), CustomerId.of("c-" + (i % 3)),
                    i % 2 == 0 ? Channel.PHONE : Channel.EMAIL).reason(ContactReason.of("billing.x"));
            b.queuedAt(FIRST.plusSeconds(i)).endedAt(LAST);
            if (i % 5 != 0) {
                b.answeredAt(FIRST.plusSeconds(i + 1)).firstReplyAt(LAST).talk(Duration.ofDays(3_650));
            }
            b.feedback(Feedback.builder(LAST).nps(9).priority(Priority.HIGH).build());
            list.add(b.build());
        }
        return list;
    }

    @Test
    void theStandardSetHandlesContactsSpanningTheWholeRange() {
        StandardKpis kpis = StandardKpis.create(StandardKpis.Config.builder().asOf(LAST)
                .repeatWindow(FcrVariant.repeatWithin(FcrVariant.MAX_WINDOW, RepeatScope.PER_ISSUE)).build());
        farApart().forEach(kpis::accept);
        StandardKpis other = StandardKpis.create(kpis.config());
        farApart().forEach(other::accept);

        List<KpiValue> values = kpis.combine(other).results();

        assertThat(values).isNotEmpty().allSatisfy(v -> assertThat(v.count()).isNotNegative());
        assertThat(values).filteredOn(v -> v.id().equals(AverageSpeedOfAnswer.ID)).singleElement()
                .satisfies(v -> assertThat(v.value()).isPresent());
    }

    @Test
    void censoringWithTheLongestWindowAtTheStartOfTheRangeCensorsEverything() {
        FirstContactResolution fcr = FirstContactResolution.create(
                FcrVariant.repeatWithin(FcrVariant.MAX_WINDOW, RepeatScope.PER_CUSTOMER).observedUntil(FIRST.plusSeconds(2_000)));
        farApart().forEach(fcr::accept);

        assertThat(fcr.counts().eligible()).isZero();
    }

    @Test
    void groupingByWeekAndTheReasonTrendCopeWithTheWholeRange() {
        KpiSet set = KpiSet.builder().add("aht", AverageHandleTime::create).groupBy(Dimension.WEEK).build();
        ContactReasonTrend trend = ContactReasonTrend.create();
        for (Interaction interaction : farApart()) {
            set.accept(interaction);
            trend.accept(interaction);
        }

        assertThat(set.results()).isNotEmpty();
        assertThat(trend.result().count()).isNotNegative();
    }

    @Test
    void aRepeatWindowBeyondAHundredYearsIsRefusedWithItsValue() {
        assertThatThrownBy(() -> FcrVariant.repeatWithin(Duration.ofSeconds(Long.MAX_VALUE), RepeatScope.PER_ISSUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is longer than 36525 days");
    }
}
