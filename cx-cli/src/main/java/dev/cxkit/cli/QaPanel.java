package dev.cxkit.cli;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.cxkit.audit.qa.QaGroupedScores;
import dev.cxkit.audit.qa.QaScoreStatistics;
import dev.cxkit.audit.qa.QaScoreSummary;
import dev.cxkit.audit.qa.QaScorer;
import dev.cxkit.cli.report.ReportPanel;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Interaction;
import dev.cxkit.rules.Policy;
import org.jspecify.annotations.Nullable;

/**
 * The report's QA panel ({@code qa-scores}): every contact scored with the default rubric, then per
 * team the number scored, the mean with its 95 % interval, the auto-fails and the coaching list.
 * Not thread-safe.
 */
final class QaPanel {

    private final QaScorer scorer;
    private final Instant asOf;
    private final QaScoreStatistics all = QaScoreStatistics.create();
    private final QaGroupedScores teams = QaGroupedScores.create(QaGroupedScores.By.TEAM);

    QaPanel(QaScorer scorer, Instant asOf) {
        this.scorer = scorer;
        this.asOf = asOf;
    }

    /**
     * A panel with the default rubric and the default authority limits.
     *
     * @param calendar the business hours of e-mail and messaging replies
     * @param asOf the instant promises are judged at, usually the end of the data
     */
    static QaPanel of(BusinessCalendar calendar, Instant asOf) {
        return new QaPanel(QaScorer.builder().calendar(calendar).build(), asOf);
    }

    /**
     * A panel with the default rubric and the given authority policy, as the page's audit uses.
     *
     * @param calendar the business hours of e-mail and messaging replies
     * @param policy the authority policy, or {@code null} to leave within-authority not applicable
     * @param asOf the instant promises are judged at, usually the end of the data
     */
    static QaPanel of(BusinessCalendar calendar, @Nullable Policy policy, Instant asOf) {
        return new QaPanel(QaScorer.builder().calendar(calendar).policy(policy).build(), asOf);
    }

    void accept(Interaction interaction) {
        var result = scorer.score(interaction, asOf);
        all.accept(result);
        teams.accept(result);
    }

    /** One line for the demo's text: the overall mean and the overall coaching list. */
    String summary() {
        QaScoreSummary total = all.result();
        return total.scored() == 0 ? "QA: nothing was scored."
                : String.format(Locale.ROOT, "QA, every answered contact against the default rubric: mean %s over %,d "
                        + "contacts, %,d auto-fails; most points lost on %s", meanText(total), total.scored(),
                        total.autoFails(), coaching(total));
    }

    ReportPanel panel() {
        QaScoreSummary total = all.result();
        ReportPanel.Builder panel = ReportPanel.builder("qa-scores", "QA scores and coaching");
        if (total.scored() == 0) {
            return panel.lead("No contact had a criterion of the rubric to judge, so nothing was scored.").build();
        }
        panel.lead(String.format(Locale.ROOT, "Every answered contact scored against the default rubric (%d points, %d "
                + "criteria), not a sample: %,d contacts, mean %s; %,d auto-fails.", scorer.rubric().totalPoints(),
                scorer.rubric().criteria().size(), total.scored(), meanText(total), total.autoFails()));
        ReportPanel.TableBuilder table = ReportPanel.Table.builder("By team")
                .column("Team").numericColumn("Scored").numericColumn("Mean [95 % CI]").numericColumn("Auto-fails")
                .column("Coaching list (points lost)");
        for (Map.Entry<String, QaScoreSummary> team : teams.results().entrySet()) {
            QaScoreSummary s = team.getValue();
            if (s.scored() > 0) {
                table.row(cells(team.getKey(), s));
            }
        }
        return panel.table(table.build())
                .note("Score = points earned / points of the criteria that applied × 100; a criterion that did not apply "
                        + "(no hold, no transfer, no promise due) or whose fact is not recorded counts neither way. "
                        + "A failed auto-fail criterion (going over the tier's authority) scores the contact 0.")
                .note("Interval: Student t, 95 %; none for a team with fewer than 2 scores.")
                .build();
    }

    /** One row: group, scored, mean ± half-width, auto-fails, coaching list. */
    static List<String> cells(String group, QaScoreSummary s) {
        return List.of(group, String.format(Locale.ROOT, "%,d", s.scored()), meanText(s),
                String.format(Locale.ROOT, "%,d", s.autoFails()), coaching(s));
    }

    static String meanText(QaScoreSummary s) {
        if (s.mean().isEmpty()) {
            return "-";
        }
        if (s.ciLow().isEmpty()) {
            return String.format(Locale.ROOT, "%.1f", s.mean().getAsDouble());
        }
        return String.format(Locale.ROOT, "%.1f [%.1f, %.1f]", s.mean().getAsDouble(), s.ciLow().getAsDouble(),
                s.ciHigh().getAsDouble());
    }

    static String coaching(QaScoreSummary s) {
        return s.coaching().isEmpty() ? "-" : s.coaching().stream()
                .map(c -> String.format(Locale.ROOT, "%s (%,d)", c.criterionId(), c.pointsLost()))
                .collect(Collectors.joining(", "));
    }
}
