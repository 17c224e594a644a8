package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FeedbackTest {

    private static final Instant RECEIVED = Instant.parse("2026-04-01T12:00:00Z");

    private static Feedback feedback(@Nullable CsatScore csat, @Nullable Integer nps) {
        return Feedback.builder(RECEIVED).csat(csat).nps(nps).build();
    }

    private static List<Integer> topBox(CsatScale scale) {
        return IntStream.rangeClosed(1, scale.max()).filter(scale::isTopBox).boxed().toList();
    }

    private static List<Integer> negative(CsatScale scale) {
        return IntStream.rangeClosed(1, scale.max()).filter(scale::isNegative).boxed().toList();
    }

    @Test
    void topBoxPerScale() {
        // docs/audit-catalog.md: 1–3 top 1, 1–5 top 2, 1–7 top 2, 1–10 top 3
        assertThat(topBox(CsatScale.ONE_TO_THREE)).containsExactly(3);
        assertThat(topBox(CsatScale.ONE_TO_FIVE)).containsExactly(4, 5);
        assertThat(topBox(CsatScale.ONE_TO_SEVEN)).containsExactly(6, 7);
        assertThat(topBox(CsatScale.ONE_TO_TEN)).containsExactly(8, 9, 10);
        assertThat(CsatScore.of(5, 5).isTopBox()).isTrue();
        assertThat(CsatScore.of(3, 5).isTopBox()).isFalse();
    }

    @Test
    void negativeIsBelowTheMidpoint() {
        // midpoint (max + 1) / 2: 2, 3, 4, 5.5
        assertThat(negative(CsatScale.ONE_TO_THREE)).containsExactly(1);
        assertThat(negative(CsatScale.ONE_TO_FIVE)).containsExactly(1, 2);
        assertThat(negative(CsatScale.ONE_TO_SEVEN)).containsExactly(1, 2, 3);
        assertThat(negative(CsatScale.ONE_TO_TEN)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void scaleOfMaxFindsKnownScales() {
        assertThat(CsatScale.ofMax(7)).isEqualTo(CsatScale.ONE_TO_SEVEN);
        assertThat(CesScale.ofMax(5)).isEqualTo(CesScale.EFFORT_ONE_TO_FIVE);
        assertThat(CesScale.ofMax(5).lowerIsBetter()).isTrue();
        assertThat(CesScale.ofMax(7).lowerIsBetter()).isFalse();
    }

    @Test
    void rejectsUnknownScaleMaxima() {
        assertThatThrownBy(() -> CsatScale.ofMax(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown CSAT scale (1–4)")
                .hasMessageContaining("Allowed maxima: 3, 5, 7, 10");
        assertThatThrownBy(() -> CesScore.of(3, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown CES scale (1–10)")
                .hasMessageContaining("Allowed maxima: 5, 7");
    }

    @Test
    void rejectsCsatScoreOutsideItsScale() {
        assertThatThrownBy(() -> CsatScore.of(6, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CSAT score (6)")
                .hasMessageContaining("outside 1–5");
        assertThatThrownBy(() -> CsatScore.of(0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CSAT score (0)")
                .hasMessageContaining("outside 1–10");
    }

    @Test
    void rejectsCesScoreOutsideItsScale() {
        assertThatThrownBy(() -> CesScore.of(8, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CES score (8)")
                .hasMessageContaining("outside 1–7");
    }

    @Test
    void rejectsNpsOutsideZeroToTen() {
        assertThat(feedback(null, 0).nps()).isZero();
        assertThat(feedback(null, 10).nps()).isEqualTo(10);
        assertThatThrownBy(() -> feedback(null, 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NPS (11)")
                .hasMessageContaining("outside 0–10");
        assertThatThrownBy(() -> feedback(null, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NPS (-1)");
    }

    @Test
    void rejectsLoopClosedBeforeReceived() {
        assertThatThrownBy(() -> Feedback.builder(RECEIVED).nps(3).priority(Priority.HIGH)
                        .loopClosedAt(RECEIVED.minusSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopClosedAt (2026-04-01T11:59:59Z)")
                .hasMessageContaining("before its receivedAt (2026-04-01T12:00:00Z)");
    }

    @Test
    void rejectsBlankThemes() {
        assertThatThrownBy(() -> Feedback.builder(RECEIVED).themes(List.of("speed", " ")).priority(Priority.LOW).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("theme must not be blank");
    }

    @Test
    void negativeByCsatOrDetractorNps() {
        assertThat(feedback(CsatScore.of(2, 5), null).isNegative()).isTrue();
        assertThat(feedback(CsatScore.of(3, 5), null).isNegative()).isFalse();
        assertThat(feedback(null, 6).isNegative()).isTrue();
        assertThat(feedback(null, 7).isNegative()).isFalse();
        assertThat(feedback(CsatScore.of(5, 5), 0).isNegative()).isTrue();
        assertThat(feedback(null, null).isNegative()).isFalse();
    }

    @Test
    void ratedWhenAnyAnswerIsPresent() {
        assertThat(feedback(null, null).isRated()).isFalse();
        assertThat(feedback(null, 9).isRated()).isTrue();
        assertThat(feedback(CsatScore.of(1, 3), null).isRated()).isTrue();
        assertThat(Feedback.builder(RECEIVED).ces(CesScore.of(2, 5)).build().isRated()).isTrue();
        assertThat(Feedback.builder(RECEIVED).resolved(false).build().isRated()).isTrue();
    }

    @Test
    void openForRunsToClosureOrAsOf() {
        Feedback open = feedback(null, 2);
        Feedback closed = open.toBuilder().loopClosedAt(RECEIVED.plus(Duration.ofDays(3))).build();

        assertThat(open.openFor(RECEIVED.plus(Duration.ofDays(15)))).isEqualTo(Duration.ofDays(15));
        assertThat(open.openFor(RECEIVED.minusSeconds(60))).isEqualTo(Duration.ZERO);
        assertThat(closed.openFor(RECEIVED.plus(Duration.ofDays(15)))).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void openForKnowsNothingAfterAsOfSoALaterClosureIsStillOpen() {
        Feedback closedOnDay20 = Feedback.builder(RECEIVED).nps(2).loopClosedAt(RECEIVED.plus(Duration.ofDays(20))).build();

        assertThat(closedOnDay20.openFor(RECEIVED.plus(Duration.ofDays(5)))).isEqualTo(Duration.ofDays(5));
        assertThat(closedOnDay20.openFor(RECEIVED.plus(Duration.ofDays(30)))).isEqualTo(Duration.ofDays(20));
    }

    @Test
    void scaleRejectsScoresOffTheScaleInsteadOfJudgingThem() {
        assertThatThrownBy(() -> CsatScale.ONE_TO_TEN.isTopBox(11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CSAT score (11)")
                .hasMessageContaining("1–10");
        assertThatThrownBy(() -> CsatScale.ONE_TO_FIVE.isNegative(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CSAT score (0)");
    }

    @Test
    void builderDefaultsToAnUnratedNormalPriorityOpenSurvey() {
        Feedback unrated = Feedback.builder(RECEIVED).build();

        assertThat(unrated).isEqualTo(new Feedback(null, null, null, null, List.of(), Priority.NORMAL, RECEIVED, null));
        assertThat(unrated.isRated()).isFalse();
    }

    @Test
    void builderSetsEveryFieldAndToBuilderRoundTrips() {
        Feedback full = Feedback.builder(RECEIVED.minusSeconds(60))
                .receivedAt(RECEIVED)
                .csat(CsatScore.of(2, 5))
                .ces(CesScore.of(4, 5))
                .nps(3)
                .resolved(false)
                .addTheme("wait time")
                .addTheme("resolution")
                .priority(Priority.URGENT)
                .loopClosedAt(RECEIVED.plus(Duration.ofDays(2)))
                .build();

        assertThat(full).isEqualTo(new Feedback(CsatScore.of(2, 5), CesScore.of(4, 5), 3, false,
                List.of("wait time", "resolution"), Priority.URGENT, RECEIVED, RECEIVED.plus(Duration.ofDays(2))));
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder().loopClosedAt(null).build().loopClosedAt()).isNull();
        assertThat(full.toBuilder().themes(List.of("speed")).build().themes()).containsExactly("speed");
    }

    @Test
    void builderValidatesWithTheRecordsRules() {
        assertThatThrownBy(() -> Feedback.builder(RECEIVED).nps(11).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NPS (11)");
        assertThatThrownBy(() -> Feedback.builder(RECEIVED).priority(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("priority");
    }

    @Test
    void aWorkItemIsOpenThenAnsweredThenClosedAsKnownAtEachInstant() {
        Instant received = Instant.parse("2026-03-02T10:00:00Z");
        Feedback item = Feedback.builder(received).csat(CsatScore.of(5, 5)).owner(AgentId.of("a-7"))
                .respondedAt(received.plusSeconds(3600)).loopClosedAt(received.plusSeconds(7200)).build();

        assertThat(item.isPositive()).isTrue();
        assertThat(item.status(received.plusSeconds(3599))).isEqualTo(FeedbackStatus.OPEN);
        assertThat(item.status(received.plusSeconds(3600))).isEqualTo(FeedbackStatus.RESPONDED);
        assertThat(item.status(received.plusSeconds(7200))).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(item.toBuilder().build()).isEqualTo(item);
    }

    @Test
    void closingTheLoopAnswersTheCustomerEvenWithoutARecordedResponse() {
        Instant received = Instant.parse("2026-03-02T10:00:00Z");
        Feedback closedOnly = Feedback.builder(received).nps(3).loopClosedAt(received.plusSeconds(60)).build();
        Feedback earlyClose = closedOnly.toBuilder().respondedAt(received.plusSeconds(600)).build();

        assertThat(closedOnly.firstAnsweredAt()).isEqualTo(received.plusSeconds(60));
        assertThat(earlyClose.firstAnsweredAt()).isEqualTo(received.plusSeconds(60));
        assertThat(closedOnly.isPositive()).isFalse();
        assertThat(new Feedback(null, null, 9, null, List.of(), Priority.NORMAL, received, null).owner()).isNull();
    }

    @Test
    void refusesAResponseBeforeTheFeedbackArrived() {
        Instant received = Instant.parse("2026-03-02T10:00:00Z");

        assertThatThrownBy(() -> Feedback.builder(received).respondedAt(received.minusSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("respondedAt");
    }
}
