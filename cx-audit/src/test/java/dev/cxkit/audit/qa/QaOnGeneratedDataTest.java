package dev.cxkit.audit.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.synthetic.TruthLabel;
import org.junit.jupiter.api.Test;

/** The default rubric over generated data (seed 42, 14 days, 1 500 contacts a day): per-team figures are plausible. */
class QaOnGeneratedDataTest {

    @Test
    void perTeamMeansArePlausibleAndEveryAnsweredContactIsScored() {
        GeneratorConfig config = GeneratorConfig.builder().seed(42).days(14).contactsPerDay(1_500).spikes(List.of()).build();
        QaScorer scorer = QaScorer.builder().calendar(config.calendar())
                .policy(Policy.compile(List.of(PolicySource.authorityMatrix("generator-authority.csv",
                        config.authorityLimits().toAuthorityMatrix()))))
                .build();
        QaGroupedScores teams = QaGroupedScores.create(QaGroupedScores.By.TEAM);
        QaScoreStatistics all = QaScoreStatistics.create();
        long[] answered = new long[1];
        SyntheticContactCentre.generate(config, new GeneratedDataSink() {
            @Override
            public void interaction(Interaction interaction) {
                QaResult result = scorer.score(interaction, config.periodEnd());
                teams.accept(result);
                all.accept(result);
                // Contacts a person answered; bot sessions without an agent are not QA's to score.
                if (interaction.answeredAt() != null && interaction.agentId() != null) {
                    answered[0]++;
                }
            }

            @Override
            public void caseEvent(CaseEvent event) {
                // not scored
            }

            @Override
            public void truth(TruthLabel label) {
                // not used
            }
        });
        QaScoreSummary total = all.result();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "all: %,d scored, %,d unscored, mean %.1f [%.1f, %.1f],"
                + " %,d auto-fails%n", total.scored(), total.unscored(), total.mean().getAsDouble(), total.ciLow().getAsDouble(),
                total.ciHigh().getAsDouble(), total.autoFails()));
        // Bot sessions (issue 22) are answered by the bot, with no team: they form the UNKNOWN group, not a team.
        Map<String, QaScoreSummary> scoredTeams = teams.results().entrySet().stream()
                .filter(e -> e.getValue().scored() > 0 && !e.getKey().equals(QaGroupedScores.UNKNOWN))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
        text.append(String.format(Locale.ROOT, "not scored (abandoned, no team): %,d%n",
                teams.results().getOrDefault(QaGroupedScores.UNKNOWN, QaScoreStatistics.create().result()).unscored()));
        for (Map.Entry<String, QaScoreSummary> team : scoredTeams.entrySet()) {
            QaScoreSummary s = team.getValue();
            text.append(String.format(Locale.ROOT, "%-12s %,6d scored  mean %5.1f [%5.1f, %5.1f]  auto-fails %,4d  coaching %s%n",
                    team.getKey(), s.scored(), s.mean().getAsDouble(), s.ciLow().getAsDouble(), s.ciHigh().getAsDouble(),
                    s.autoFails(), s.coaching().stream().map(c -> c.criterionId() + " " + c.pointsLost())
                            .collect(Collectors.joining(", "))));
        }
        System.out.println(text);

        // Every contact a person answered has at least the first-reply criterion, so each is scored.
        assertThat(total.scored()).isEqualTo(answered[0]);
        // The generator makes mistakes on a minority of contacts: means well above half, below perfect.
        assertThat(scoredTeams).isNotEmpty();
        assertThat(scoredTeams.values()).allSatisfy(s -> {
            assertThat(s.mean().getAsDouble()).isBetween(60.0, 99.0);
            assertThat(s.ciHigh().getAsDouble() - s.ciLow().getAsDouble()).isLessThan(5.0);
            assertThat(s.coaching()).hasSize(QaScoreSummary.COACHING_SIZE);
        });
        assertThat(total.autoFails()).isPositive();
    }
}
