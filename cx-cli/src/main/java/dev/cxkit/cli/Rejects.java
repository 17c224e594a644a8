package dev.cxkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.Reject;
import dev.cxkit.core.io.RejectKind;
import org.jspecify.annotations.Nullable;

/**
 * What the commands say about rejected records: the first {@value #SHOWN} on the console with the
 * count, every one in the {@code --rejects} file as JSON Lines, and, when more than
 * {@value #WARN_PERCENT} % of the input was rejected, the share and the {@value #REASONS} most common
 * reasons, on the console and in {@code --json}, because figures over what is left may be skewed
 * (issue 20: dropping exactly the zero-wait calls moved ASA from 35 s to 2 min 25 s). The messages are
 * the readers' own, which never repeat a value that looks like personal data.
 */
final class Rejects {

    static final int SHOWN = 5;
    static final int REASONS = 3;
    static final double WARN_PERCENT = 1.0;

    /** A reason: the kind of reject and the field most rejects of that kind name (if any), with a count. */
    record Reason(RejectKind kind, @Nullable String field, long count) {
        @Override
        public String toString() {
            return kind + (field == null ? "" : " '" + field + "'") + String.format(Locale.ROOT, " (%,d)", count);
        }
    }

    private Rejects() {
    }

    /**
     * The share of the records read that were rejected.
     *
     * @param report the import report
     * @return the share in [0, 1], 0 when nothing was read
     */
    static double share(ImportReport report) {
        return report.read() == 0 ? 0 : (double) report.rejected() / report.read();
    }

    /**
     * Whether the rejects are many enough to warn that the figures may be skewed.
     *
     * @param report the import report
     * @return {@code true} above {@value #WARN_PERCENT} % of the records read
     */
    static boolean isMany(ImportReport report) {
        return share(report) * 100 > WARN_PERCENT;
    }

    /**
     * The most common reasons: kinds by their exact count, each with the field that most of the kept
     * rejects of that kind name.
     *
     * @param report the import report
     * @return at most {@value #REASONS} reasons, most common first
     */
    static List<Reason> topReasons(ImportReport report) {
        Map<RejectKind, Map<String, Long>> fields = new HashMap<>();
        for (Reject reject : report.rejects()) {
            if (reject.field() != null) {
                fields.computeIfAbsent(reject.kind(), k -> new HashMap<>()).merge(reject.field(), 1L, Long::sum);
            }
        }
        List<Reason> reasons = new ArrayList<>();
        report.rejectsByKind().forEach((kind, count) -> {
            String field = fields.getOrDefault(kind, Map.of()).entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
            reasons.add(new Reason(kind, field, count));
        });
        reasons.sort(Comparator.comparingLong(Reason::count).reversed().thenComparing(Reason::kind));
        return List.copyOf(reasons.subList(0, Math.min(REASONS, reasons.size())));
    }

    /**
     * The console lines after the headline: the first {@value #SHOWN} rejects, indented, then a line
     * saying how many more there are.
     *
     * @param report the import report
     * @param rejectsFile where all rejects were written, or {@code null}
     * @return the lines, empty without rejects
     */
    static List<String> firstLines(ImportReport report, @Nullable Path rejectsFile) {
        List<String> lines = new ArrayList<>();
        List<Reject> kept = report.rejects();
        for (int i = 0; i < Math.min(SHOWN, kept.size()); i++) {
            lines.add("  " + kept.get(i));
        }
        long more = report.rejected() - Math.min(SHOWN, kept.size());
        if (more > 0) {
            lines.add(String.format(Locale.ROOT, "  … and %,d more%s", more, rejectsFile == null
                    ? " (--rejects FILE writes them all)" : " in " + rejectsFile));
        }
        return lines;
    }

    /**
     * The skew warning, or {@code null} when at most {@value #WARN_PERCENT} % was rejected.
     *
     * @param report the import report
     * @return one line
     */
    static @Nullable String skewWarning(ImportReport report) {
        if (!isMany(report)) {
            return null;
        }
        return String.format(Locale.ROOT, "%.1f %% of the records were rejected; most common: %s. The figures leave "
                + "them out and may be skewed.", share(report) * 100,
                String.join(", ", topReasons(report).stream().map(Reason::toString).toList()));
    }

    /**
     * Writes every kept reject as JSON Lines: {@code {"source","line","field","kind","message"}}.
     *
     * @param file the file to create or replace
     * @param report the report (read with every reject kept)
     * @throws BadInputException if the file cannot be written
     */
    static void write(Path file, ImportReport report) {
        JsonFactory factory = new JsonFactory();
        try (OutputStream stream = Files.newOutputStream(file);
                JsonGenerator json = factory.createGenerator(stream, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            for (Reject reject : report.rejects()) {
                json.writeStartObject();
                json.writeStringField("source", reject.source());
                json.writeNumberField("line", reject.line());
                if (reject.field() == null) {
                    json.writeNullField("field");
                } else {
                    json.writeStringField("field", reject.field());
                }
                json.writeStringField("kind", reject.kind().name());
                json.writeStringField("message", reject.message());
                json.writeEndObject();
            }
            json.flush();
            if (!report.rejects().isEmpty()) {
                stream.write('\n');
            }
        } catch (IOException e) {
            throw new BadInputException("--rejects " + file + ": cannot write the file (" + e.getClass().getSimpleName()
                    + "). Maybe its directory does not exist or is read-only?");
        }
    }

    /**
     * Writes the reject fields of the {@code input} object of {@code --json}: the share and the most
     * common reasons, when anything was rejected.
     *
     * @param json the generator, inside the {@code input} object
     * @param report the import report
     * @throws IOException if the generator fails
     */
    static void writeJson(JsonGenerator json, ImportReport report) throws IOException {
        if (report.rejected() == 0) {
            return;
        }
        json.writeNumberField("rejectedShare", share(report));
        json.writeBooleanField("skewWarning", isMany(report));
        json.writeArrayFieldStart("topRejectReasons");
        for (Reason reason : topReasons(report)) {
            json.writeStartObject();
            json.writeStringField("kind", reason.kind().name());
            if (reason.field() == null) {
                json.writeNullField("field");
            } else {
                json.writeStringField("field", reason.field());
            }
            json.writeNumberField("count", reason.count());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * Prints the rejects of a finished import and fails unless {@code skipBad}.
     *
     * @param report the import report
     * @param skipBad whether to go on without the rejected records
     * @param rejectsFile where all rejects were written, or {@code null}
     * @param err the console
     * @throws BadInputException naming the first reject, if any and not {@code skipBad}
     */
    static void check(ImportReport report, boolean skipBad, @Nullable Path rejectsFile, PrintWriter err) {
        report.warnings().forEach(warning -> err.println("warning: " + warning));
        if (report.rejected() == 0) {
            return;
        }
        String first = report.rejects().isEmpty() ? "" : report.rejects().get(0).toString();
        List<String> details = new ArrayList<>(firstLines(report, rejectsFile));
        if (!details.isEmpty()) {
            details.remove(0);   // the first is in the headline
        }
        String skew = skewWarning(report);
        if (!skipBad) {
            if (skew != null) {
                details.add(skew);
            }
            throw new BadInputException(first + String.format(Locale.ROOT,
                    " (%,d of %,d records rejected; nothing printed. Use --skip-bad to go on without them.)",
                    report.rejected(), report.read()), details);
        }
        err.printf(Locale.ROOT, "warning: %,d of %,d records rejected and left out; first: %s%n",
                report.rejected(), report.read(), first);
        details.forEach(err::println);
        if (skew != null) {
            err.println("warning: " + skew);
        }
    }
}
