package dev.cxkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.EndOfData;
import dev.cxkit.audit.qa.QaCalibration;
import dev.cxkit.audit.qa.QaCalibrationReport;
import dev.cxkit.audit.qa.QaGroupedScores;
import dev.cxkit.audit.qa.QaResult;
import dev.cxkit.audit.qa.QaRubric;
import dev.cxkit.audit.qa.QaScoreStatistics;
import dev.cxkit.audit.qa.QaScoreSummary;
import dev.cxkit.audit.qa.QaScorer;
import dev.cxkit.core.InstantBounds;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.BusinessCalendarFile;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.SettingsFileException;
import dev.cxkit.json.internal.JsonText;
import dev.cxkit.rules.Policy;
import dev.cxkit.synthetic.GeneratorConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx qa}: automatic QA scores of every contact, per team or agent, with the coaching list and calibration. */
@Command(name = "qa", sortOptions = false,
        description = {"Score every answered contact against a QA rubric (docs/qa-rubric.md): the audit's per-contact "
                + "checks, weighted, some auto-fail. Prints per team (or agent) the mean score with its 95 % interval, the "
                + "auto-fails and the coaching list (the criteria that cost the most points).",
            "With --calibrate, compares the scores with human reviewers' verdicts: Cohen's kappa per criterion and the "
                + "mean absolute gap of overall scores. Promises are judged as of the end of the data unless --as-of."},
        footer = {"", "Examples:",
            "  cx qa --input data/interactions.jsonl",
            "  cx qa --input export.csv --rubric my-rubric.csv --by agent",
            "  cx qa --input data/interactions.jsonl --calibrate human-qa.csv --json",
            "  cx qa --input export.csv --policy authority.csv --thresholds audit.settings --calendar desk.calendar",
            "", "DRL given to --policy is code: it runs inside this process with its rights (see cx audit --help)."})
final class QaCommand implements Runnable {

    @Mixin
    InteractionInput input;

    @Option(names = "--rubric", paramLabel = "FILE", description = "The rubric file (docs/qa-rubric.md). Default: the one "
            + "that ships with cxkit, printed in docs/qa-rubric.md.")
    @Nullable Path rubricFile;

    @Option(names = "--by", paramLabel = "team|agent", defaultValue = "team",
            description = "Group the scores by team or agent (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--calibrate", paramLabel = "HUMAN.csv",
            description = "Human QA verdicts on a sample (interaction_id, criterion_id, pass|fail[, overall_score]).")
    @Nullable Path calibrate;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "Judge promises at this instant (default: the end of the data).")
    @Nullable String asOf;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Authority policy (.csv matrix, .drl) for within-authority; repeatable. Default: the generator's limits.")
    List<Path> policies = new ArrayList<>();

    @Option(names = "--no-policy", description = "Leave within-authority not applicable.")
    boolean noPolicy;

    @Option(names = "--thresholds", paramLabel = "FILE",
            description = "Audit thresholds file, as for cx audit; the rubric's parameters override what it sets.")
    @Nullable Path thresholds;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "Business calendar of e-mail and messaging replies. Default: as cx audit's.")
    @Nullable Path calendar;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        QaRubric rubric;
        QaCalibration human = null;
        QaScorer.Builder scoring = QaScorer.builder();
        try {
            rubric = rubricFile == null ? QaRubric.defaults() : QaRubric.read(rubricFile);
            if (calibrate != null) {
                human = QaCalibration.read(calibrate);
            }
            if (thresholds != null) {
                scoring.thresholds(AuditThresholds.read(thresholds));
            }
            scoring.calendar(calendar != null ? BusinessCalendarFile.read(calendar) : GeneratorConfig.ofDefaults().calendar());
        } catch (SettingsFileException e) {
            throw new BadInputException(e.getMessage());
        }
        if (noPolicy) {
            scoring.policy(null);
        } else if (!policies.isEmpty()) {
            scoring.policy(Policy.compile(policies.stream().map(DecideCommand::read).toList()));
        }
        PrintWriter out = spec.commandLine().getOut();
        QaGroupedScores.By grouping = switch (by.strip().toLowerCase(Locale.ROOT)) {
            case "team" -> QaGroupedScores.By.TEAM;
            case "agent" -> QaGroupedScores.By.AGENT;
            default -> throw new BadInputException("--by " + by + ": must be team or agent.");
        };
        Instant given = asOf == null ? null : parseAsOf(asOf);
        // Promises are judged at the end of the data, known only after the last record: the contacts are held.
        List<Interaction> contacts = new ArrayList<>();
        EndOfData end = EndOfData.create();
        ImportReport report = input.read(i -> {
            contacts.add(i);
            end.accept(i);
        }, spec.commandLine().getErr(), json);
        // With no contact there is nothing to judge; the epoch only keeps the types simple.
        Instant at = given != null ? given : end.result().orElse(Instant.EPOCH);
        String atSource = given != null ? "option" : end.result().isPresent() ? "end-of-data" : "no-data";
        QaScorer scorer = scoring.rubric(rubric).build();
        QaScoreStatistics all = QaScoreStatistics.create();
        QaGroupedScores groups = QaGroupedScores.create(grouping);
        Set<String> sample = human == null ? Set.of() : human.interactionIds();
        Map<String, QaResult> sampled = new HashMap<>();
        for (Interaction contact : contacts) {
            QaResult result = scorer.score(contact, at);
            all.accept(result);
            groups.accept(result);
            if (sample.contains(contact.id().value())) {
                sampled.put(contact.id().value(), result);
            }
        }
        contacts.clear();
        QaCalibrationReport calibration = human == null ? null : human.compare(rubric, sampled::get);
        String rubricName = rubricFile == null ? "the default rubric" : String.valueOf(rubricFile.getFileName());
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                g.writeStringField("rubric", rubricName);
                if (atSource.equals("no-data")) {
                    g.writeNullField("asOf");
                } else {
                    g.writeStringField("asOf", at.toString());
                }
                g.writeStringField("asOfSource", atSource);
                g.writeFieldName("all");
                writeSummary(g, all.result());
                g.writeStringField("by", grouping.name().toLowerCase(Locale.ROOT));
                g.writeObjectFieldStart("groups");
                for (Map.Entry<String, QaScoreSummary> group : groups.results().entrySet()) {
                    g.writeFieldName(group.getKey());
                    writeSummary(g, group.getValue());
                }
                g.writeEndObject();
                if (calibration != null) {
                    writeCalibration(g, calibration);
                }
                KpiCommand.writeInput(g, report);
                g.writeEndObject();
            }));
            return;
        }
        QaScoreSummary total = all.result();
        out.printf(Locale.ROOT, "cx qa: %,d contacts from %s, scored with %s (%d criteria, %d points), promises judged as of %s%s%n",
                report.accepted(), input.file, rubricName, rubric.criteria().size(), rubric.totalPoints(),
                atSource.equals("no-data") ? "-" : at, switch (atSource) {
                    case "option" -> " (--as-of)";
                    case "end-of-data" -> " (the end of the data)";
                    default -> " (no contact in the input)";
                });
        out.printf(Locale.ROOT, "scored %,d, not scored %,d (no criterion applied, e.g. abandoned), mean %s, auto-fails %,d%n",
                total.scored(), total.unscored(), QaPanel.meanText(total), total.autoFails());
        out.println();
        String heading = grouping == QaGroupedScores.By.TEAM ? "team" : "agent";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(heading, "scored", "mean [95 % CI]", "auto-fails", "coaching list (points lost)"));
        groups.results().forEach((name, s) -> {
            if (s.scored() > 0) {
                rows.add(QaPanel.cells(name, s));
            }
        });
        printTable(out, rows);
        if (calibration != null) {
            out.println();
            out.printf(Locale.ROOT, "calibration against %s: %,d score pairs, mean absolute gap %s, mean (automatic - human) %s;"
                    + " %,d reviewed contacts not in the input, %,d rows with a criterion the rubric lacks%n",
                    human.source(), calibration.scorePairs(), points(calibration.meanAbsoluteScoreGap()),
                    points(calibration.meanScoreDifference()), calibration.unmatchedInteractions(),
                    calibration.unknownCriterionRows());
            List<List<String>> agreement = new ArrayList<>();
            agreement.add(List.of("criterion", "pairs", "agreement", "kappa", "human pass/auto fail", "human fail/auto pass",
                    "not applicable"));
            for (QaCalibrationReport.CriterionAgreement a : calibration.criteria()) {
                agreement.add(List.of(a.criterionId(), String.format(Locale.ROOT, "%,d", a.pairs()),
                        a.observedAgreement().isPresent()
                                ? String.format(Locale.ROOT, "%.1f %%", a.observedAgreement().getAsDouble() * 100) : "-",
                        a.kappa().isPresent() ? String.format(Locale.ROOT, "%.2f", a.kappa().getAsDouble())
                                : a.pairs() == 0 ? "- (no pair)" : "undefined (one verdict only)",
                        Long.toString(a.humanPassAutoFail()), Long.toString(a.humanFailAutoPass()),
                        Long.toString(a.notApplicable())));
            }
            printTable(out, agreement);
        }
        List<String> missing = InteractionInput.notRecordedLines(report);
        if (!missing.isEmpty()) {
            out.println();
            missing.forEach(out::println);
        }
    }

    private static Instant parseAsOf(String text) {
        try {
            return InstantBounds.parse(text, "--as-of");
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--as-of " + text + ": " + e.getMessage());
        }
    }

    private static String points(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f points", value.getAsDouble()) : "- (no pair)";
    }

    private static void printTable(PrintWriter out, List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                boolean last = i == row.size() - 1;
                line.append(i == 0 || last ? cell + (last ? "" : " ".repeat(widths[i] - cell.length()))
                        : " ".repeat(widths[i] - cell.length()) + cell);
                if (!last) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static void writeSummary(JsonGenerator g, QaScoreSummary s) throws java.io.IOException {
        g.writeStartObject();
        g.writeNumberField("scored", s.scored());
        g.writeNumberField("unscored", s.unscored());
        g.writeNumberField("autoFails", s.autoFails());
        number(g, "mean", s.mean());
        number(g, "ciLow", s.ciLow());
        number(g, "ciHigh", s.ciHigh());
        g.writeArrayFieldStart("coaching");
        for (QaScoreSummary.CriterionLoss c : s.coaching()) {
            g.writeString(c.criterionId());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("criteria");
        for (QaScoreSummary.CriterionLoss c : s.criteria()) {
            g.writeStartObject();
            g.writeStringField("id", c.criterionId());
            g.writeNumberField("applicable", c.applicable());
            g.writeNumberField("failed", c.failed());
            g.writeNumberField("pointsLost", c.pointsLost());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeCalibration(JsonGenerator g, QaCalibrationReport report) throws java.io.IOException {
        g.writeObjectFieldStart("calibration");
        g.writeNumberField("scorePairs", report.scorePairs());
        number(g, "meanAbsoluteScoreGap", report.meanAbsoluteScoreGap());
        number(g, "meanScoreDifference", report.meanScoreDifference());
        g.writeNumberField("unmatchedInteractions", report.unmatchedInteractions());
        g.writeNumberField("unknownCriterionRows", report.unknownCriterionRows());
        g.writeArrayFieldStart("criteria");
        for (QaCalibrationReport.CriterionAgreement a : report.criteria()) {
            g.writeStartObject();
            g.writeStringField("id", a.criterionId());
            g.writeNumberField("pairs", a.pairs());
            g.writeNumberField("bothPass", a.bothPass());
            g.writeNumberField("humanPassAutoFail", a.humanPassAutoFail());
            g.writeNumberField("humanFailAutoPass", a.humanFailAutoPass());
            g.writeNumberField("bothFail", a.bothFail());
            g.writeNumberField("notApplicable", a.notApplicable());
            number(g, "observedAgreement", a.observedAgreement());
            // Undefined kappa (no pair, or one verdict throughout) is null, never NaN.
            number(g, "kappa", a.kappa());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, OptionalDouble value) throws java.io.IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsDouble());
        } else {
            g.writeNullField(name);
        }
    }
}
