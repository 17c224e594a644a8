package dev.cxkit.audit.qa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

import dev.cxkit.audit.qa.internal.Kappa;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.SettingsFile;
import dev.cxkit.core.io.SettingsFileException;
import org.jspecify.annotations.Nullable;

/**
 * Human QA verdicts on a sample of contacts, to compare with the automatic scores. The file
 * (docs/qa-rubric.md#calibration) is comma-separated, one verdict per line:
 * {@code interaction_id, criterion_id, pass | fail [, overall_score]}; a line may leave the criterion
 * and verdict empty to give only the overall score (0–100). An optional first line starting with
 * {@code interaction} is a header; {@code #} lines are comments. Fields are not quoted, so ids must
 * not contain commas. Immutable.
 */
public final class QaCalibration {

    /** One human verdict. */
    private record Verdict(String interactionId, String criterionId, boolean pass) {
    }

    private final String source;
    private final List<Verdict> verdicts;
    private final Map<String, Double> overall;

    private QaCalibration(String source, List<Verdict> verdicts, Map<String, Double> overall) {
        this.source = source;
        this.verdicts = List.copyOf(verdicts);
        this.overall = Collections.unmodifiableMap(new LinkedHashMap<>(overall));
    }

    /**
     * Reads a file of human verdicts (UTF-8, at most {@link SettingsFile#MAX_BYTES}).
     *
     * @param file the file
     * @return the verdicts
     * @throws SettingsFileException naming the file, line and value of the first problem
     */
    public static QaCalibration read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > 64L * SettingsFile.MAX_BYTES) {
                throw new SettingsFileException(name, 0, "larger than 64 MiB.\nMaybe this is not a file of QA verdicts?");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new SettingsFileException(name, 0, "cannot be read (" + e.getClass().getSimpleName()
                    + ").\nMaybe the path is wrong, or the file is not UTF-8?");
        }
    }

    /**
     * Parses human verdicts.
     *
     * @param text the text
     * @param source how errors name it
     * @return the verdicts
     * @throws SettingsFileException naming the source, line and value of the first problem
     */
    public static QaCalibration parse(String text, String source) {
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, Double> overall = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n|\r", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String content = (i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i]).strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int line = i + 1;
            if (first && content.toLowerCase(Locale.ROOT).startsWith("interaction")) {
                first = false;
                continue;
            }
            first = false;
            String[] fields = content.split(",", -1);
            if (fields.length < 3 || fields.length > 4) {
                throw new SettingsFileException(source, line, "a verdict has 3 or 4 comma-separated fields, this line has "
                        + fields.length + ".\nMaybe write it as: 4711, hold-explained, pass, 85");
            }
            String id = fields[0].strip();
            if (id.isEmpty()) {
                throw new SettingsFileException(source, line, "the interaction id is empty.");
            }
            String criterion = fields[1].strip();
            String verdict = fields[2].strip().toLowerCase(Locale.ROOT);
            if (criterion.isEmpty() != verdict.isEmpty()) {
                throw new SettingsFileException(source, line, criterion.isEmpty()
                        ? "a verdict '" + Checks.abbreviate(verdict) + "' without a criterion.\nMaybe the criterion id is missing?"
                        : "criterion " + Checks.abbreviate(criterion) + " has no verdict.\nMaybe pass or fail?");
            }
            if (!criterion.isEmpty()) {
                boolean pass = switch (verdict) {
                    case "pass", "passed", "yes", "1" -> true;
                    case "fail", "failed", "no", "0" -> false;
                    default -> throw new SettingsFileException(source, line, "the verdict '" + Checks.abbreviate(verdict)
                            + "' is neither pass nor fail.\nMaybe " + (verdict.startsWith("p") || verdict.equals("ok")
                                    ? "pass" : "fail") + "?");
                };
                verdicts.add(new Verdict(id, criterion, pass));
            }
            if (fields.length == 4 && !fields[3].isBlank()) {
                double score = score(fields[3].strip(), source, line);
                Double earlier = overall.putIfAbsent(id, score);
                if (earlier != null && earlier != score) {
                    throw new SettingsFileException(source, line, "the overall score " + fields[3].strip()
                            + " differs from the one given earlier for this interaction (" + earlier
                            + ").\nMaybe give the overall score on one line only?");
                }
            }
        }
        return new QaCalibration(source, verdicts, overall);
    }

    private static double score(String text, String source, int line) {
        try {
            double value = Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text);
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingsFileException(source, line, "the overall score '" + Checks.abbreviate(text)
                + "' is not a number from 0 to 100.\nMaybe 85?");
    }

    /**
     * The file or source name.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The interactions the reviewers judged, in file order.
     *
     * @return their ids
     */
    public Set<String> interactionIds() {
        Set<String> ids = new LinkedHashSet<>();
        verdicts.forEach(v -> ids.add(v.interactionId()));
        ids.addAll(overall.keySet());
        return Collections.unmodifiableSet(ids);
    }

    /**
     * Compares the human verdicts with the automatic results.
     *
     * @param rubric the rubric the results were scored with (its order orders the report)
     * @param automatic the automatic result of an interaction id, or {@code null} if it was not scored
     * @return the agreement per criterion and the overall score gap
     */
    public QaCalibrationReport compare(QaRubric rubric, Function<String, @Nullable QaResult> automatic) {
        Map<String, long[]> tables = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> tables.put(c.id(), new long[5]));
        Set<String> unmatched = new LinkedHashSet<>();
        long unknown = 0;
        for (Verdict verdict : verdicts) {
            long[] table = tables.get(verdict.criterionId());
            if (table == null) {
                unknown++;
                continue;
            }
            QaResult result = automatic.apply(verdict.interactionId());
            if (result == null) {
                unmatched.add(verdict.interactionId());
                continue;
            }
            QaCriterionResult mine = result.criterion(verdict.criterionId());
            QaOutcome outcome = mine == null ? new QaOutcome.NotApplicable("") : mine.outcome();
            if (outcome instanceof QaOutcome.NotApplicable) {
                table[4]++;
            } else {
                boolean autoPass = outcome instanceof QaOutcome.Passed;
                table[verdict.pass() ? (autoPass ? 0 : 1) : (autoPass ? 2 : 3)]++;
            }
        }
        long pairs = 0;
        double gap = 0;
        double difference = 0;
        for (Map.Entry<String, Double> entry : overall.entrySet()) {
            QaResult result = automatic.apply(entry.getKey());
            if (result == null) {
                unmatched.add(entry.getKey());
                continue;
            }
            OptionalDouble auto = result.score().value();
            if (auto.isPresent()) {
                pairs++;
                gap += Math.abs(auto.getAsDouble() - entry.getValue());
                difference += auto.getAsDouble() - entry.getValue();
            }
        }
        List<QaCalibrationReport.CriterionAgreement> agreements = new ArrayList<>();
        tables.forEach((id, t) -> {
            if (t[0] + t[1] + t[2] + t[3] + t[4] > 0) {
                agreements.add(new QaCalibrationReport.CriterionAgreement(id, t[0], t[1], t[2], t[3], t[4],
                        Kappa.observed(t[0], t[1], t[2], t[3]), Kappa.of(t[0], t[1], t[2], t[3])));
            }
        });
        return new QaCalibrationReport(agreements, pairs, pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of(gap / pairs),
                pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of(difference / pairs), unmatched.size(), unknown);
    }
}
