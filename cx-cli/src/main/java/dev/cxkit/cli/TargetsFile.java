package dev.cxkit.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.cxkit.kpi.Benchmark;
import dev.cxkit.kpi.KpiUnit;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.Scorecard;
import org.jspecify.annotations.Nullable;

/**
 * The targets file of {@code cx scorecard --targets} (docs/kpis.md, "Targets file"): one benchmark per
 * line, {@code ID[/VARIANT] COMPARISON TARGET [LABEL]} or {@code ID off}, fields separated by white
 * space, {@code #} to the end of a line is a comment. A line for a KPI the default scorecard holds
 * overrides it in place (its label and source stay unless a label is given); a line for another KPI
 * that {@code cx kpi} computes adds a row at the end, its unit taken from the computed value. Targets
 * are written in the KPI's unit: {@code 80%} for a rate, {@code 30s}, {@code 6m} or {@code 2h} for a
 * time, {@code 13mo} for months, a plain number for a score or NPS points.
 */
final class TargetsFile {

    /** One parsed line. */
    private record Line(int number, String id, @Nullable String variant, boolean off,
            Benchmark.@Nullable Comparison comparison, @Nullable String target, @Nullable String label) {
    }

    private final Path file;
    private final List<Line> lines;

    private TargetsFile(Path file, List<Line> lines) {
        this.file = file;
        this.lines = lines;
    }

    /**
     * Reads and checks the syntax of a targets file; units are checked by {@link #apply}.
     *
     * @param file the file
     * @return the parsed file
     * @throws BadInputException naming file and line of the first problem
     */
    static TargetsFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("File not found: " + file + " (--targets).");
        }
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getClass().getSimpleName() + ").");
        }
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < text.size(); i++) {
            String content = text.get(i);
            int hash = content.indexOf('#');
            if (hash >= 0) {
                content = content.substring(0, hash);
            }
            content = content.strip();
            if (i == 0 && content.startsWith("\uFEFF")) {
                content = content.substring(1).strip();
            }
            if (content.isEmpty()) {
                continue;
            }
            Line line = parse(file, i + 1, content);
            if (!seen.add(line.id())) {
                throw new BadInputException(file + ":" + (i + 1) + ": a second line for " + line.id()
                        + "; a KPI has one target.");
            }
            lines.add(line);
        }
        return new TargetsFile(file, List.copyOf(lines));
    }

    private static Line parse(Path file, int number, String content) {
        String[] fields = content.split("\\s+", 4);
        String key = fields[0];
        int slash = key.indexOf('/');
        String id = slash < 0 ? key : key.substring(0, slash);
        String variant = slash < 0 ? null : key.substring(slash + 1);
        if (!id.matches("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*")) {
            throw new BadInputException(file + ":" + number + ": '" + id + "' is not a KPI id. Maybe cx.kpi.fcr?");
        }
        if (fields.length == 2 && fields[1].equalsIgnoreCase("off")) {
            return new Line(number, id, variant, true, null, null, null);
        }
        if (fields.length < 3) {
            throw new BadInputException(file + ":" + number + ": expected 'ID COMPARISON TARGET [LABEL]' or 'ID off', "
                    + "for example 'cx.kpi.fcr >= 80%'.");
        }
        Benchmark.Comparison comparison = null;
        for (Benchmark.Comparison c : Benchmark.Comparison.values()) {
            if (c.symbol().equals(fields[1])) {
                comparison = c;
            }
        }
        if (comparison == null) {
            throw new BadInputException(file + ":" + number + ": '" + fields[1]
                    + "' is not a comparison; use >, >=, < or <=.");
        }
        return new Line(number, id, variant, false, comparison, fields[2], fields.length == 4 ? fields[3] : null);
    }

    /**
     * Applies the lines to a scorecard.
     *
     * @param base the scorecard to start from, usually the defaults
     * @param computed the values {@code cx kpi} computed, for the units of KPIs the base does not hold
     * @return the scorecard
     * @throws BadInputException naming the line of a target in the wrong unit or an unknown KPI
     */
    Scorecard apply(Scorecard base, Collection<KpiValue> computed) {
        Scorecard.Builder builder = base.toBuilder();
        for (Line line : lines) {
            Benchmark existing = base.benchmarks().stream().filter(b -> b.kpiId().equals(line.id())).findFirst()
                    .orElse(null);
            if (line.off()) {
                if (existing == null) {
                    throw new BadInputException(file + ":" + line.number() + ": " + line.id()
                            + " is not on the scorecard, so it cannot be turned off.");
                }
                builder.remove(line.id());
                continue;
            }
            KpiUnit unit = existing != null ? existing.unit() : unitOf(line, computed);
            double target = target(line, unit);
            String variant = line.variant() != null ? line.variant() : existing != null ? existing.variant() : null;
            String label = line.label() != null ? line.label() : existing != null ? existing.label() : line.id();
            String source = existing != null && line.label() == null
                    ? existing.source() + "; target from " + file.getFileName() + ":" + line.number()
                    : file.getFileName() + ":" + line.number();
            builder.add(new Benchmark(line.id(), variant, line.comparison(), target, unit, label, source));
        }
        return builder.build();
    }

    private KpiUnit unitOf(Line line, Collection<KpiValue> computed) {
        Set<String> known = new LinkedHashSet<>();
        for (KpiValue value : computed) {
            if (value.id().equals(line.id())) {
                return value.unit();
            }
            known.add(value.id());
        }
        throw new BadInputException(file + ":" + line.number() + ": no KPI " + line.id()
                + " is computed; known: " + String.join(", ", known) + ".");
    }

    private double target(Line line, KpiUnit unit) {
        String text = java.util.Objects.requireNonNull(line.target()).toLowerCase(Locale.ROOT);
        String where = file + ":" + line.number() + ": target '" + line.target() + "' of " + line.id();
        try {
            if (text.endsWith("%")) {
                if (unit != KpiUnit.RATIO) {
                    throw new BadInputException(where + " is a percentage, but the KPI is in " + unit + ".");
                }
                return new BigDecimal(text.substring(0, text.length() - 1)).movePointLeft(2).doubleValue();
            }
            if (text.endsWith("mo")) {
                if (unit != KpiUnit.MONTHS) {
                    throw new BadInputException(where + " is in months, but the KPI is in " + unit + ".");
                }
                return Double.parseDouble(text.substring(0, text.length() - 2));
            }
            if (Character.isLetter(text.charAt(text.length() - 1)) || text.startsWith("p")) {
                if (unit != KpiUnit.SECONDS) {
                    throw new BadInputException(where + " is a duration, but the KPI is in " + unit + ".");
                }
                return Durations.parse(text).toNanos() / 1e9;
            }
            double value = Double.parseDouble(text);
            if (unit == KpiUnit.RATIO && (value < 0 || value > 1)) {
                throw new BadInputException(where + " is a rate outside [0, 1]. Maybe write it as " + text + "%?");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadInputException(where + " is not a number. Maybe 80%, 30s, 6m, 13mo or 2.0?");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": " + e.getMessage());
        }
    }
}
