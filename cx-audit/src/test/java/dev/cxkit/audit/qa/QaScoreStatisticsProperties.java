package dev.cxkit.audit.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.TeamId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Merging shards of QA results gives what one accumulator over all of them gives. */
class QaScoreStatisticsProperties {

    private static final List<QaCriterion> CRITERIA = List.of(
            QaCriterion.of("held", 10, false, QaCheck.HOLD_EXPLAINED),
            QaCriterion.of("warm", 20, false, QaCheck.WARM_TRANSFER_WITH_SUMMARY),
            QaCriterion.of("allowed", 15, true, QaCheck.WITHIN_AUTHORITY));

    @Property(tries = 200)
    void combiningShardsEqualsOneAccumulator(@ForAll("results") List<QaResult> results, @ForAll @IntRange(min = 1, max = 5) int shards) {
        QaScoreStatistics whole = QaScoreStatistics.create();
        QaGroupedScores wholeTeams = QaGroupedScores.create(QaGroupedScores.By.TEAM);
        results.forEach(whole::accept);
        results.forEach(wholeTeams::accept);
        List<QaScoreStatistics> parts = new ArrayList<>();
        List<QaGroupedScores> teamParts = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            parts.add(QaScoreStatistics.create());
            teamParts.add(QaGroupedScores.create(QaGroupedScores.By.TEAM));
        }
        for (int i = 0; i < results.size(); i++) {
            parts.get(i % shards).accept(results.get(i));
            teamParts.get(i % shards).accept(results.get(i));
        }
        // Merge in reverse order: combine is order-free.
        QaScoreStatistics merged = QaScoreStatistics.create();
        QaGroupedScores mergedTeams = QaGroupedScores.create(QaGroupedScores.By.TEAM);
        for (int i = shards - 1; i >= 0; i--) {
            merged.combine(parts.get(i));
            mergedTeams.combine(teamParts.get(i));
        }
        assertSame(merged.result(), whole.result());
        assertThat(mergedTeams.results().keySet()).isEqualTo(wholeTeams.results().keySet());
        for (Map.Entry<String, QaScoreSummary> team : wholeTeams.results().entrySet()) {
            assertSame(mergedTeams.results().get(team.getKey()), team.getValue());
        }
    }

    private static void assertSame(QaScoreSummary actual, QaScoreSummary expected) {
        assertThat(actual.scored()).isEqualTo(expected.scored());
        assertThat(actual.unscored()).isEqualTo(expected.unscored());
        assertThat(actual.autoFails()).isEqualTo(expected.autoFails());
        assertThat(actual.criteria()).isEqualTo(expected.criteria());
        assertThat(actual.coaching()).isEqualTo(expected.coaching());
        assertThat(actual.mean().isPresent()).isEqualTo(expected.mean().isPresent());
        assertThat(actual.ciLow().isPresent()).isEqualTo(expected.ciLow().isPresent());
        if (expected.mean().isPresent()) {
            assertThat(actual.mean().getAsDouble()).isCloseTo(expected.mean().getAsDouble(), within(1e-9));
        }
        if (expected.ciLow().isPresent()) {
            assertThat(actual.ciLow().getAsDouble()).isCloseTo(expected.ciLow().getAsDouble(), within(1e-7));
            assertThat(actual.ciHigh().getAsDouble()).isCloseTo(expected.ciHigh().getAsDouble(), within(1e-7));
        }
    }

    @Provide
    Arbitrary<List<QaResult>> results() {
        Arbitrary<QaOutcome> outcome = Arbitraries.of(new QaOutcome.Passed(), new QaOutcome.Failed("x"),
                new QaOutcome.NotApplicable("no"));
        Arbitrary<QaResult> result = Combinators.combine(outcome.list().ofSize(3), Arbitraries.of("north", "south", "east"))
                .as(QaScoreStatisticsProperties::result);
        return result.list().ofMaxSize(60);
    }

    /** Scores the outcomes the way the scorer does: earned / applicable, auto-fail zeroes, nothing applicable → unscored. */
    static QaResult result(List<QaOutcome> outcomes, String team) {
        List<QaCriterionResult> criteria = new ArrayList<>();
        int earned = 0;
        int applicable = 0;
        List<String> autoFailed = new ArrayList<>();
        for (int i = 0; i < CRITERIA.size(); i++) {
            QaCriterion criterion = CRITERIA.get(i);
            QaOutcome outcome = outcomes.get(i);
            criteria.add(new QaCriterionResult(criterion, outcome));
            if (!(outcome instanceof QaOutcome.NotApplicable)) {
                applicable += criterion.points();
            }
            if (outcome instanceof QaOutcome.Passed) {
                earned += criterion.points();
            } else if (outcome instanceof QaOutcome.Failed && criterion.autoFail()) {
                autoFailed.add(criterion.id());
            }
        }
        QaScore score = !autoFailed.isEmpty() ? new QaScore.AutoFailed(autoFailed, "x")
                : applicable == 0 ? new QaScore.Unscored() : new QaScore.Scored(earned, applicable);
        return new QaResult(InteractionId.of("i"), AgentId.of("a-" + team), TeamId.of(team), criteria, score);
    }
}
