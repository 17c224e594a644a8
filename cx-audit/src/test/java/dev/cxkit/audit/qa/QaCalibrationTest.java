package dev.cxkit.audit.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.io.SettingsFileException;
import org.junit.jupiter.api.Test;

class QaCalibrationTest {

    static final QaRubric RUBRIC = QaRubric.parse("""
            held, 10, -, hold-explained
            warm, 30, -, warm-transfer-with-summary
            """, "r.csv");

    static QaResult result(String id, QaOutcome held, QaOutcome warm) {
        List<QaCriterionResult> criteria = List.of(new QaCriterionResult(RUBRIC.criteria().get(0), held),
                new QaCriterionResult(RUBRIC.criteria().get(1), warm));
        int applicable = (held instanceof QaOutcome.NotApplicable ? 0 : 10) + (warm instanceof QaOutcome.NotApplicable ? 0 : 30);
        int earned = (held instanceof QaOutcome.Passed ? 10 : 0) + (warm instanceof QaOutcome.Passed ? 30 : 0);
        return new QaResult(InteractionId.of(id), AgentId.of("a"), TeamId.of("t"), criteria,
                applicable == 0 ? new QaScore.Unscored() : new QaScore.Scored(earned, applicable));
    }

    static final QaOutcome PASS = new QaOutcome.Passed();
    static final QaOutcome FAIL = new QaOutcome.Failed("x");
    static final QaOutcome NA = new QaOutcome.NotApplicable("no");

    @Test
    void kappaPerCriterionAndMeanScoreGap() {
        QaCalibration human = QaCalibration.parse("""
                interaction_id,criterion_id,result,overall_score
                i1,held,pass,100
                i1,warm,fail
                i2,held,fail,20
                i2,warm,fail
                i3,held,pass
                i3,warm,pass
                i4,held,pass,
                i9,held,pass
                i4,unknown,pass
                i5,,,50
                """, "human.csv");
        Map<String, QaResult> auto = new HashMap<>();
        auto.put("i1", result("i1", PASS, FAIL));      // 25
        auto.put("i2", result("i2", FAIL, FAIL));      // 0
        auto.put("i3", result("i3", FAIL, PASS));      // 75
        auto.put("i4", result("i4", NA, PASS));        // held not applicable: not paired
        auto.put("i5", result("i5", PASS, NA));        // 100
        QaCalibrationReport report = human.compare(RUBRIC, auto::get);

        QaCalibrationReport.CriterionAgreement held = report.criteria().get(0);
        assertThat(held.criterionId()).isEqualTo("held");
        // Pairs: i1 pass/pass, i2 fail/fail, i3 pass/fail → po = 2/3; human pass 2/3, auto pass 1/3;
        // pe = 2/9 + 2/9 = 4/9; κ = (6/9 − 4/9) / (5/9) = 0.4.
        assertThat(held.pairs()).isEqualTo(3);
        assertThat(held.notApplicable()).isEqualTo(1);
        assertThat(held.observedAgreement().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(held.kappa().getAsDouble()).isCloseTo(0.4, within(1e-12));
        // warm: i1 fail/fail, i2 fail/fail, i3 pass/pass → perfect agreement, κ = 1.
        assertThat(report.criteria().get(1).kappa().getAsDouble()).isCloseTo(1.0, within(1e-12));
        // Scores: i1 |25 − 100| = 75, i2 |0 − 20| = 20, i5 |100 − 50| = 50 → mean 48.33; auto − human mean −15.
        assertThat(report.scorePairs()).isEqualTo(3);
        assertThat(report.meanAbsoluteScoreGap().getAsDouble()).isCloseTo(145.0 / 3, within(1e-9));
        assertThat(report.meanScoreDifference().getAsDouble()).isCloseTo(-15.0, within(1e-9));
        assertThat(report.unmatchedInteractions()).isEqualTo(1);
        assertThat(report.unknownCriterionRows()).isEqualTo(1);
    }

    @Test
    void kappaIsEmptyNotNanWhenEveryVerdictIsTheSame() {
        QaCalibration human = QaCalibration.parse("i1,held,pass\ni2,held,pass\n", "h.csv");
        QaCalibrationReport report = human.compare(RUBRIC,
                id -> result(id, PASS, NA));
        assertThat(report.criteria().get(0).observedAgreement()).hasValue(1.0);
        assertThat(report.criteria().get(0).kappa()).isEmpty();
    }

    @Test
    void badVerdictAndScoreNameTheLine() {
        assertThatThrownBy(() -> QaCalibration.parse("i1,held,passed\ni1,warm,maybe\n", "h.csv"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessage("h.csv:2: the verdict 'maybe' is neither pass nor fail.\nMaybe fail?");
        assertThatThrownBy(() -> QaCalibration.parse("i1,held,pass,120\n", "h.csv"))
                .hasMessage("h.csv:1: the overall score '120' is not a number from 0 to 100.\nMaybe 85?");
        assertThatThrownBy(() -> QaCalibration.parse("i1,held\n", "h.csv"))
                .hasMessageStartingWith("h.csv:1: a verdict has 3 or 4 comma-separated fields, this line has 2.");
        assertThatThrownBy(() -> QaCalibration.parse("i1,held,pass,80\ni1,warm,pass,70\n", "h.csv"))
                .hasMessageStartingWith("h.csv:2: the overall score 70 differs from the one given earlier");
    }
}
