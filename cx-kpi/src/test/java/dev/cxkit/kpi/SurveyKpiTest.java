package dev.cxkit.kpi;

import static dev.cxkit.kpi.ContactFixture.answered;
import static dev.cxkit.kpi.ContactFixture.ces;
import static dev.cxkit.kpi.ContactFixture.csat;
import static dev.cxkit.kpi.ContactFixture.nps;
import static dev.cxkit.kpi.ContactFixture.unratedSurvey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;

import dev.cxkit.core.CesScale;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.CsatScale;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.Interaction;
import org.junit.jupiter.api.Test;

class SurveyKpiTest {

    @Test
    void csatTopBoxJudgesEachAnswerOnItsOwnScale() {
        var csat = CustomerSatisfaction.create(CsatVariant.topBox());
        // top box: 5 on 1–5 yes, 3 on 1–5 no, 8 on 1–10 yes, 3 on 1–3 yes → 3 of 4 = 0.75
        Stream.of(csat(5, 5), csat(3, 5), csat(8, 10), csat(3, 3)).forEach(csat);

        KpiValue value = csat.result();

        assertThat(value.id()).isEqualTo("cx.kpi.csat");
        assertThat(value.variant()).isEqualTo("top-box");
        assertThat(value.value()).hasValue(0.75);
        assertThat(value.count()).isEqualTo(4);
        assertThat(value.unit()).isEqualTo(KpiUnit.RATIO);
    }

    @Test
    void csatExcludesUnratedSurveysAndCountsThem() {
        var csat = CustomerSatisfaction.create(CsatVariant.topBox());
        // 1 top-box of 2 answers = 0.5; the unrated survey and the contact without feedback are counted apart
        Stream.of(csat(4, 5), csat(2, 5), unratedSurvey(), answered(10)).forEach(csat);

        assertThat(csat.result().value()).hasValue(0.5);
        assertThat(csat.result().count()).isEqualTo(2);
        assertThat(csat.unratedCount()).isEqualTo(1);
        assertThat(csat.withoutFeedbackCount()).isEqualTo(1);
    }

    @Test
    void csatMeanDiffersFromTopBox() {
        var mean = CustomerSatisfaction.create(CsatVariant.mean(CsatScale.ONE_TO_FIVE));
        var topBox = CustomerSatisfaction.create(CsatVariant.topBox());
        List<Interaction> answers = List.of(csat(5, 5), csat(4, 5), csat(3, 5), csat(1, 5));
        answers.forEach(mean);
        answers.forEach(topBox);

        // (5 + 4 + 3 + 1) / 4 = 3.25; top box 2 of 4 = 0.5
        assertThat(mean.result().value()).hasValue(3.25);
        assertThat(mean.result().unit()).isEqualTo(KpiUnit.SCORE);
        assertThat(mean.result().variant()).isEqualTo("mean/1-5");
        assertThat(topBox.result().value()).hasValue(0.5);
    }

    @Test
    void csatMeanRejectsAnAnswerOnAnotherScale() {
        var mean = CustomerSatisfaction.create(CsatVariant.mean(CsatScale.ONE_TO_FIVE));

        assertThatThrownBy(() -> mean.acceptScore(CsatScore.of(7, 7)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(7 on 1–7)").hasMessageContaining("(1–5)");
    }

    @Test
    void csatEmptyInputGivesAnEmptyValue() {
        var csat = CustomerSatisfaction.create(CsatVariant.topBox());
        csat.accept(unratedSurvey());

        assertThat(csat.result().isEmpty()).isTrue();
        assertThat(CustomerSatisfaction.create(CsatVariant.mean(CsatScale.ONE_TO_TEN)).result().isEmpty()).isTrue();
    }

    @Test
    void csatRefusesToCombineDifferentVariants() {
        var topBox = CustomerSatisfaction.create(CsatVariant.topBox());
        var mean = CustomerSatisfaction.create(CsatVariant.mean(CsatScale.ONE_TO_FIVE));

        assertThatThrownBy(() -> topBox.combine(mean)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different variants");
    }

    @Test
    void csatScoreRecordPreventsAnswersOffTheScale() {
        assertThatThrownBy(() -> CsatScore.of(6, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(6)");
    }

    @Test
    void cesIsTheMeanOnItsScale() {
        var ces = CustomerEffortScore.create(CesScale.EFFORT_ONE_TO_FIVE);
        // (1 + 2 + 2 + 4) / 4 = 2.25; the unrated survey is counted apart
        Stream.of(ces(1, 5), ces(2, 5), ces(2, 5), ces(4, 5), unratedSurvey()).forEach(ces);

        assertThat(ces.result().value()).hasValue(2.25);
        assertThat(ces.result().variant()).isEqualTo("effort-1-5");
        assertThat(ces.result().count()).isEqualTo(4);
        assertThat(ces.unansweredCount()).isEqualTo(1);
        assertThat(ces.scale().lowerIsBetter()).isTrue();
    }

    @Test
    void cesRejectsMixingScales() {
        var ces = CustomerEffortScore.create(CesScale.EFFORT_ONE_TO_FIVE);

        assertThatThrownBy(() -> ces.acceptScore(CesScore.of(6, 7))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ease-1-7").hasMessageContaining("effort-1-5");
        assertThatThrownBy(() -> ces.combine(CustomerEffortScore.create(CesScale.EASE_ONE_TO_SEVEN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cesEmptyInputGivesAnEmptyValue() {
        assertThat(CustomerEffortScore.create(CesScale.EASE_ONE_TO_SEVEN).result().isEmpty()).isTrue();
    }

    @Test
    void npsSubtractsDetractorShareFromPromoterShare() {
        var nps = NetPromoterScore.create();
        // promoters 10, 9, 9; passives 8, 7; detractors 6, 0; 7 answers → 100 × (3 − 2) / 7 = 14.2857…
        Stream.of(nps(10), nps(9), nps(9), nps(8), nps(7), nps(6), nps(0), unratedSurvey()).forEach(nps);

        assertThat(nps.result().value().getAsDouble()).isCloseTo(100.0 / 7, within(1e-12));
        assertThat(nps.result().unit()).isEqualTo(KpiUnit.NPS_POINTS);
        assertThat(nps.result().count()).isEqualTo(7);
        assertThat(nps.promoterCount()).isEqualTo(3);
        assertThat(nps.detractorCount()).isEqualTo(2);
        assertThat(nps.unansweredCount()).isEqualTo(1);
    }

    @Test
    void npsReachesItsBounds() {
        var allDetractors = NetPromoterScore.create();
        allDetractors.acceptScore(0);
        allDetractors.acceptScore(6);

        assertThat(allDetractors.result().value()).hasValue(-100.0);
        assertThat(NetPromoterScore.create().result().isEmpty()).isTrue();
    }

    @Test
    void npsRawEntryRejectsScoresOutsideZeroToTen() {
        var nps = NetPromoterScore.create();

        assertThatThrownBy(() -> nps.acceptScore(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(11)");
        assertThatThrownBy(() -> nps.acceptScore(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(-1)");
    }
}
