package dev.cxkit.audit.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class QaScoreStatisticsTest {

    static QaResult of(QaOutcome held, QaOutcome warm, QaOutcome allowed) {
        return QaScoreStatisticsProperties.result(List.of(held, warm, allowed), "north");
    }

    static final QaOutcome PASS = new QaOutcome.Passed();
    static final QaOutcome FAIL = new QaOutcome.Failed("x");
    static final QaOutcome NA = new QaOutcome.NotApplicable("no");

    @Test
    void emptyHasNoMeanNorInterval() {
        QaScoreSummary summary = QaScoreStatistics.create().result();
        assertThat(summary.scored()).isZero();
        assertThat(summary.mean()).isEmpty();
        assertThat(summary.ciLow()).isEmpty();
        assertThat(summary.coaching()).isEmpty();
    }

    @Test
    void oneScoreHasAMeanButNoInterval() {
        QaScoreStatistics stats = QaScoreStatistics.create();
        stats.accept(of(PASS, FAIL, NA));
        QaScoreSummary summary = stats.result();
        assertThat(summary.mean().getAsDouble()).isCloseTo(100.0 / 3, within(1e-12));
        assertThat(summary.ciLow()).isEmpty();
        assertThat(summary.ciHigh()).isEmpty();
    }

    /**
     * Scores 100, 66.67, 66.67 and 33.33: mean 66.667, s = 27.217 (n − 1 = 3), t(0.975, 3) = 3.182446
     * (any t table, e.g. NIST/SEMATECH e-Handbook of Statistical Methods, Table 1.3.6.7.2), half width
     * 3.182446 × 27.217 / 2 = 43.31: [23.36, 109.98], clipped to 100 at the top.
     */
    @Test
    void studentTIntervalClippedToTheScale() {
        QaScoreStatistics four = QaScoreStatistics.create();
        four.accept(of(PASS, NA, NA));   // 10 / 10
        four.accept(of(FAIL, PASS, NA)); // 20 / 30
        four.accept(of(FAIL, PASS, NA)); // 20 / 30
        four.accept(of(PASS, FAIL, NA)); // 10 / 30
        QaScoreSummary summary = four.result();
        double s = Math.sqrt(2 * Math.pow(100.0 / 3, 2) / 3);
        assertThat(summary.mean().getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(summary.ciLow().getAsDouble()).isCloseTo(200.0 / 3 - 3.182446 * s / 2, within(1e-5));
        assertThat(summary.ciLow().getAsDouble()).isCloseTo(23.36, within(0.01));
        assertThat(summary.ciHigh()).hasValue(100.0);

        QaScoreStatistics same = QaScoreStatistics.create();
        same.accept(of(PASS, NA, NA));
        same.accept(of(NA, PASS, NA));
        assertThat(same.result().ciLow()).hasValue(100.0);
        assertThat(same.result().ciHigh()).hasValue(100.0);
    }

    @Test
    void autoFailCountsZeroAndCoachingListsTheCostliestCriteria() {
        QaScoreStatistics stats = QaScoreStatistics.create();
        stats.accept(of(PASS, PASS, FAIL)); // auto-fail: 0, allowed lost 15
        stats.accept(of(FAIL, FAIL, PASS)); // held lost 10, warm lost 20
        stats.accept(of(FAIL, PASS, NA));   // held lost 10
        stats.accept(of(NA, NA, NA));       // unscored
        QaScoreSummary summary = stats.result();
        assertThat(summary.scored()).isEqualTo(3);
        assertThat(summary.unscored()).isEqualTo(1);
        assertThat(summary.autoFails()).isEqualTo(1);
        assertThat(summary.mean().getAsDouble()).isCloseTo((0 + 15.0 / 45 * 100 + 20.0 / 30 * 100) / 3, within(1e-9));
        assertThat(summary.coaching()).extracting(QaScoreSummary.CriterionLoss::criterionId)
                .containsExactly("held", "warm", "allowed");
        assertThat(summary.coaching().get(0)).isEqualTo(new QaScoreSummary.CriterionLoss("held", 3, 2, 20));
    }
}
