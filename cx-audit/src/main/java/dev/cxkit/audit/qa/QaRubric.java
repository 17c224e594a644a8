package dev.cxkit.audit.qa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.qa.internal.RubricFile;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.SettingsFileException;

/**
 * A QA rubric: weighted criteria, each naming one {@link QaCheck}. A check appears at most once, so
 * its parameters (which set the audit thresholds it is judged with) cannot disagree. Immutable and
 * thread-safe.
 *
 * <p>The file format (docs/qa-rubric.md) is one criterion per line,
 * {@code id, points, auto-fail | -, check [, name=duration; ...]}, with {@code #} comments.
 *
 * @param criteria the criteria, in the file's order; at least one
 */
public record QaRubric(List<QaCriterion> criteria) {

    /** The class-path resource of {@link #defaults()}. */
    public static final String DEFAULT_RESOURCE = "dev/cxkit/audit/qa/default-rubric.csv";

    /**
     * Copies the criteria and checks that ids and checks are unique.
     *
     * @throws IllegalArgumentException if there is no criterion, or an id or check repeats
     */
    public QaRubric {
        criteria = List.copyOf(Checks.notNull(criteria, "criteria"));
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("A rubric needs at least one criterion.\nMaybe start from QaRubric.defaults()?");
        }
        Set<String> ids = new HashSet<>();
        Set<QaCheck> checks = new HashSet<>();
        for (QaCriterion criterion : criteria) {
            if (!ids.add(criterion.id())) {
                throw new IllegalArgumentException("The criterion id " + criterion.id()
                        + " appears twice.\nMaybe give the second one another name?");
            }
            if (!checks.add(criterion.check())) {
                throw new IllegalArgumentException("The check " + criterion.check().id() + " appears twice (criterion "
                        + criterion.id() + ").\nMaybe give its one criterion the points of both?");
            }
        }
    }

    /**
     * The rubric that ships with the library: one criterion per check, built from the audit catalog,
     * 100 points in all, within-authority auto-fail. See {@link #DEFAULT_RESOURCE}.
     *
     * @return the default rubric
     */
    public static QaRubric defaults() {
        try (InputStream in = QaRubric.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default QA rubric (" + DEFAULT_RESOURCE + ") is missing from the class path.");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the default QA rubric " + DEFAULT_RESOURCE + ".", e);
        }
    }

    /**
     * Reads a rubric file (UTF-8, at most 1 MiB).
     *
     * @param file the file
     * @return the rubric
     * @throws SettingsFileException naming the file, line and value of the first problem
     */
    public static QaRubric read(Path file) {
        return RubricFile.read(file);
    }

    /**
     * Parses rubric text.
     *
     * @param text the text
     * @param source how errors name it, usually the file name
     * @return the rubric
     * @throws SettingsFileException naming the source, line and value of the first problem
     */
    public static QaRubric parse(String text, String source) {
        return RubricFile.parse(text, source);
    }

    /**
     * The rubric as file text that {@link #parse} reads back to an equal rubric.
     *
     * @return the text, with a header comment
     */
    public String toFileText() {
        StringBuilder out = new StringBuilder("# id, points, auto-fail, check, parameters (docs/qa-rubric.md)\n");
        for (QaCriterion c : criteria) {
            out.append(c.id()).append(", ").append(c.points()).append(", ").append(c.autoFail() ? "auto-fail" : "-")
                    .append(", ").append(c.check().id());
            if (!c.parameters().isEmpty()) {
                out.append(", ").append(c.parameters().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().toString()).collect(Collectors.joining("; ")));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The total weight.
     *
     * @return the sum of the criteria's points
     */
    public int totalPoints() {
        return criteria.stream().mapToInt(QaCriterion::points).sum();
    }

    /**
     * The audit thresholds the rubric's checks are judged with: {@code base}, with each criterion's
     * parameters applied ({@code margin} sets holdOverStatedMargin; {@code phone}, {@code chat},
     * {@code email}, {@code messaging} set the first-reply targets).
     *
     * @param base the thresholds to start from, usually {@link AuditThresholds#ofDefaults()}
     * @return the thresholds
     */
    public AuditThresholds thresholds(AuditThresholds base) {
        AuditThresholds.Builder builder = base.toBuilder();
        for (QaCriterion criterion : criteria) {
            for (Map.Entry<String, Duration> p : criterion.parameters().entrySet()) {
                switch (p.getKey()) {
                    case "margin" -> builder.holdOverStatedMargin(p.getValue());
                    case "phone" -> builder.phoneAnswer(p.getValue());
                    case "chat" -> builder.chatFirstReply(p.getValue());
                    case "email" -> builder.emailFirstReply(p.getValue());
                    case "messaging" -> builder.messagingFirstReply(p.getValue());
                    default -> throw new IllegalStateException("Parameter " + p.getKey() + " has no threshold.");
                }
            }
        }
        return builder.build();
    }
}
